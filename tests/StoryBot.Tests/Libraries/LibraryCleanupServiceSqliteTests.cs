using StoryBot.Data.Storage;

namespace StoryBot.Tests.Libraries;

public sealed class LibraryCleanupServiceSqliteTests : LibraryCleanupServiceTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
