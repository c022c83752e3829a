using StoryBot.Data.Storage;

namespace StoryBot.Data.Tests.Search;

public sealed class CandidateOrderSqliteTests : CandidateOrderTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
