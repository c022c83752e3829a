using StoryBot.Data.Storage;

namespace StoryBot.Tests.Daily;

public sealed class DailySchedulerServiceSqliteTests : DailySchedulerServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
