using StoryBot.Data.Storage;

namespace StoryBot.Tests.Daily;

public sealed class DailyPosterPostgresTests : DailyPosterTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
