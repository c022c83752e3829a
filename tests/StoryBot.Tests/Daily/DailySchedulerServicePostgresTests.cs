using StoryBot.Data.Storage;

namespace StoryBot.Tests.Daily;

public sealed class DailySchedulerServicePostgresTests : DailySchedulerServiceTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
