using StoryBot.Data.Storage;

namespace StoryBot.Tests.Trivia.Games;

public sealed class TriviaGameFlowPostgresTests : TriviaGameFlowTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
