using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Import;

public sealed class ManifestImportSqliteTests : ManifestImportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
