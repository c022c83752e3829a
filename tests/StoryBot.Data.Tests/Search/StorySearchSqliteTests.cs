using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

public sealed class StorySearchSqliteTests : StorySearchTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
