using StoryBot.Data.Storage;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

public sealed class PhraseSearchPostgresTests : PhraseSearchTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
