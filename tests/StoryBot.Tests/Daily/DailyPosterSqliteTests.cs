using StoryBot.Data.Storage;

namespace StoryBot.Tests.Daily;

public sealed class DailyPosterSqliteTests : DailyPosterTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
