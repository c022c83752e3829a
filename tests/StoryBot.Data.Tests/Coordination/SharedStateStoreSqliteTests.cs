using StoryBot.Data.Storage;

namespace StoryBot.Data.Tests.Coordination;

public sealed class SharedStateStoreSqliteTests : SharedStateStoreTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
