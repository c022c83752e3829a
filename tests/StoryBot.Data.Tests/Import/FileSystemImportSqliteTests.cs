using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Import;

public sealed class FileSystemImportSqliteTests : FileSystemImportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
