using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Libraries;

public sealed class GuildCharactersPostgresTests : GuildCharactersTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
