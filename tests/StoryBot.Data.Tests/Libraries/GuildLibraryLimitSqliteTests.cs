using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Libraries;

public sealed class GuildLibraryLimitSqliteTests : GuildLibraryLimitTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
