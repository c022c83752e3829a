using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Trivia;

public sealed class TriviaQueryPostgresTests : TriviaQueryTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
