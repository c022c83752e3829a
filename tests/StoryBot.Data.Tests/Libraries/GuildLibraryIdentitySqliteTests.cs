using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Libraries;

public sealed class GuildLibraryIdentitySqliteTests : GuildLibraryIdentityTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
