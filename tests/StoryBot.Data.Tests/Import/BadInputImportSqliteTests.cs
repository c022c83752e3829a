using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Import;

public sealed class BadInputImportSqliteTests : BadInputImportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
