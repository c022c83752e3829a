using StoryBot.Data.Storage;

namespace StoryBot.Tests.Libraries.Support;

public sealed class PostgresLibraryDiscordFixture : LibraryDiscordFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
