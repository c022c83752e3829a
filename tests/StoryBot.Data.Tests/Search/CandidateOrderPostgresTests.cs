using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Postgres;
using StoryBot.Data.Search;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Search;

public sealed class CandidateOrderPostgresTests : CandidateOrderTests, IPostgresTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override IStorySearch Search(StoryDbContext db, bool blocked) =>
        new PostgresStorySearch(db, blocked ? new HashSet<string>(StringComparer.Ordinal) { "zebra" } : new HashSet<string>(StringComparer.Ordinal));

    private protected override async Task BeforeSecondStoryAsync(TestStore testStore)
    {
        await using var db = testStore.Context();
        await db.Database.ExecuteSqlRawAsync($"ALTER TABLE \"Paragraphs\" ALTER COLUMN \"Id\" RESTART WITH {3 << PostgresSearchBlocks.Shift}");
        long first = await TestStore.Scalar(db, "SELECT min(\"Id\") FROM \"Paragraphs\"");
        await db.Database.ExecuteSqlAsync(
            $"""
            WITH gone AS (DELETE FROM "Paragraphs" WHERE "Id" = {first} RETURNING *)
            INSERT INTO "Paragraphs" ("Id", "ChapterId", "SceneId", "Index", "Start", "Length", "Text", "WordCount") OVERRIDING SYSTEM VALUE
            SELECT "Id", "ChapterId", "SceneId", "Index", "Start", "Length", "Text", "WordCount" FROM gone
            """);

        // The test needs the first paragraph past the others in table order.
        Assert.Equal(first, await TestStore.Scalar(db, "SELECT \"Id\" FROM \"Paragraphs\" ORDER BY ctid DESC LIMIT 1"));
    }
}
