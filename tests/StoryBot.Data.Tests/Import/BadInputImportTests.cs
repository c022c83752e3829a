using StoryBot.Testing;
using StoryBot.Data.Storage;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public abstract class BadInputImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    public static TheoryData<string> BadKinds => ["empty", "binary", "truncated", "huge-line", "undecodable", "whitespace"];

    /// <summary>Built inside the test (not as theory data, which xunit would serialise at discovery).</summary>
    private static byte[] Bytes(string kind) => kind switch
    {
        "empty" => [],
        "binary" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52],
        "truncated" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Naruto ran."), 0x41],
        "huge-line" => Enumerable.Repeat((byte)'a', 10 * 1024 * 1024).ToArray(),
        "undecodable" => [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00, 0x42, 0x00],
        "whitespace" => Encoding.UTF8.GetBytes("\n\n   \n\t\n"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [StoreTheory]
    [MemberData(nameof(BadKinds))]
    public async Task ImportAsync_BadFile_ReportsOneLineReasonAndImportsTheRest(string kind)
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("a-good.txt", Chapters.Text("Good", 1, "A kookaburra laughed."));
        store.WriteBytes($"b-{kind}.txt", Bytes(kind));
        store.Write("c-good.txt", Chapters.Text("Good", 2, "A dingo howled."));

        ImportReport report = await store.ImportAsync();

        Assert.Equal(2, report.Imported);
        ImportFileResult failure = Assert.Single(report.Failures);
        Assert.Contains($"b-{kind}.txt", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Reason!);
        await using var db = store.Context();
        Assert.Equal(2, await db.Chapters.CountAsync());
        await store.AssertSearchIndexInStepAsync();
    }

    [StoreTheory]
    [MemberData(nameof(BadKinds))]
    public async Task ImportAsync_GoodFileTurnsBad_KeepsTheChapterImportedBefore(string kind)
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("tale.txt", Chapters.Text("Tale", 1, "The echidna dug.", "It dug more."));
        await store.ImportAsync();

        store.WriteBytes("tale.txt", Bytes(kind));
        ImportReport report = await store.ImportAsync();

        ImportFileResult failure = Assert.Single(report.Failures);
        Assert.Contains("kept", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("tale.txt", failure.Reason, StringComparison.Ordinal);
        await using var db = store.Context();
        Assert.Equal(2, await db.Paragraphs.CountAsync());
        Assert.Equal("Tale", (await db.Stories.SingleAsync()).Title);
        Assert.NotEmpty((await StoryBot.Data.Search.StorySearches.For(db).SearchAsync("echidna", 5, null, CancellationToken.None)).Hits);
    }

    [StoreFact]
    public async Task ImportAsync_MissingPath_ReportsItAndImportsTheOthers()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("ok.txt", Chapters.Text("Fine", 1, "A wallaby hopped."));

        ImportReport report = await store.Importer.ImportAsync(
            [store.Files, Path.Combine(store.Root, "nope")], ImportOptions.Default, CancellationToken.None);

        Assert.Equal(1, report.Imported);
        Assert.Contains("nope", Assert.Single(report.Failures).Reason, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task ImportAsync_BrokenManifest_WarnsAndImportsWithFileMetadata()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write("stories.json", "{ not json");
        store.Write("ok.txt", Chapters.Text("Fine", 1, "A wombat hopped."));

        ImportReport report = await store.ImportAsync();

        Assert.Equal(1, report.Imported);
        Assert.Contains(report.Warnings, w => w.Contains("stories.json", StringComparison.Ordinal));
    }
}
