using StoryBot.Data.Storage;

namespace StoryBot.Tests.Cli;

public sealed class GuildOptionSqliteTests : GuildOptionTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
