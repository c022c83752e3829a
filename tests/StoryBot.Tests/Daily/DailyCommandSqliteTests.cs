using StoryBot.Data.Storage;

namespace StoryBot.Tests.Daily;

public sealed class DailyCommandSqliteTests : DailyCommandTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
