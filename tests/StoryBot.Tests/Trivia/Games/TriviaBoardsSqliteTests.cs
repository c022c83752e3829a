using StoryBot.Data.Storage;

namespace StoryBot.Tests.Trivia.Games;

public sealed class TriviaBoardsSqliteTests : TriviaBoardsTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
