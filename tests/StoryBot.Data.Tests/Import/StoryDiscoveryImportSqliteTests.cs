using StoryBot.Data.Storage;

namespace StoryBot.Data.Tests.Import;

public sealed class StoryDiscoveryImportSqliteTests : StoryDiscoveryImportTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
