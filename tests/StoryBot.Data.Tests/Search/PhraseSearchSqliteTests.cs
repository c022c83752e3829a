using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

public sealed class PhraseSearchSqliteTests : PhraseSearchTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}
