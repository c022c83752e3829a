using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Libraries;

public sealed class GuildLibraryIdentityPostgresTests : GuildLibraryIdentityTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
