using StoryBot.Data.Storage;

namespace StoryBot.Tests.Libraries;

public sealed class LibraryCleanupServicePostgresTests : LibraryCleanupServiceTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
