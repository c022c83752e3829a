using StoryBot.Data.Storage;

namespace StoryBot.Tests.Libraries.Support;

public sealed class SqliteLibraryDiscordFixture : LibraryDiscordFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
