using StoryBot.Tests.Libraries.Support;

namespace StoryBot.Tests.Libraries;

public sealed class LibraryDiscordPostgresTests(PostgresLibraryDiscordFixture fixture) : LibraryDiscordTests(fixture), IClassFixture<PostgresLibraryDiscordFixture>, IPostgresTests;
