using StoryBot.Data.Storage;

namespace StoryBot.Tests.Trivia.Games;

public sealed class TriviaRestartSqliteTests : TriviaRestartTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
