using StoryBot.Data.Storage;

namespace StoryBot.Tests.Trivia.Games;

public sealed class TriviaGameFlowSqliteTests : TriviaGameFlowTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
