using StoryBot.Data.Storage;

namespace StoryBot.Tests.Cli;

public sealed class GuildOptionPostgresTests : GuildOptionTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
