using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Queries;

public sealed class QuerySqliteTests : QueryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
