using StoryBot.Data.Storage;

namespace StoryBot.Tests.Daily;

public sealed class DailyCommandPostgresTests : DailyCommandTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
