using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Trivia;

public sealed class TriviaQuerySqliteTests : TriviaQueryTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
