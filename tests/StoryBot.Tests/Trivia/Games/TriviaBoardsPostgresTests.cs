using StoryBot.Data.Storage;

namespace StoryBot.Tests.Trivia.Games;

public sealed class TriviaBoardsPostgresTests : TriviaBoardsTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
