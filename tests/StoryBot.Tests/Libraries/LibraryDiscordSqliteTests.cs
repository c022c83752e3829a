using StoryBot.Tests.Libraries.Support;

namespace StoryBot.Tests.Libraries;

public sealed class LibraryDiscordSqliteTests(SqliteLibraryDiscordFixture fixture) : LibraryDiscordTests(fixture), IClassFixture<SqliteLibraryDiscordFixture>;
