using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StoryBot.Data.Import;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;
using StoryBot.Data.Tests.Support;
using StoryBot.Testing;

namespace StoryBot.Data.Tests.Import;

/// <summary>
/// A story of several chapter files with no characters.json: its characters are found over all of its chapters, so a
/// chapter that alone names a speaker too rarely to list him still gets him — in one import, in a later import that adds
/// the chapter, and in an upload that joins the stored story. Written once, run on both stores.
/// </summary>
public abstract class StoryDiscoveryImportTests
{
    private const ulong Guild = 880000000000000017;

    /// <summary>Walter speaks twice here: listed.</summary>
    private const string ChapterOne = """
        ---
        story: "The Orchard"
        chapter: 1
        ---

        Walter Brennan walked down to the orchard at dawn.

        "The frost came in the night," said Walter.

        Ada was already at the gate with the baskets.

        "Then we pick today," Ada answered.

        "We pick today," Walter agreed.
        """;

    /// <summary>Walter speaks once here and is named once: alone this chapter lists nobody.</summary>
    private const string ChapterTwo = """
        ---
        story: "The Orchard"
        chapter: 2
        ---

        The baskets were full by noon and the light was going.

        "Leave the last row for the birds," said Walter.
        """;

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task ImportAsync_ChapterFilesOfOneStory_ChapterGetsSpeakerFoundInTheOthers()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write(Path.Combine("orchard", "chapter-01.txt"), ChapterOne);
        store.Write(Path.Combine("orchard", "chapter-02.txt"), ChapterTwo);

        ImportReport report = await store.ImportAsync();

        Assert.Equal(2, report.Imported);
        Assert.Equal("Walter Brennan", await SpeakerAsync(store, "Leave the last row for the birds,"));
        Assert.Equal("Walter Brennan", await SpeakerAsync(store, "The frost came in the night,"));
    }

    [StoreFact]
    public async Task ImportAsync_ChapterFileAddedLater_UsesTheStoryStoredCharacters()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write(Path.Combine("orchard", "chapter-01.txt"), ChapterOne);
        await store.ImportAsync();
        store.Write(Path.Combine("orchard", "chapter-02.txt"), ChapterTwo);

        ImportReport report = await store.ImportAsync();

        Assert.Equal(1, report.Imported);
        Assert.Equal("Walter Brennan", await SpeakerAsync(store, "Leave the last row for the birds,"));
        await using var db = store.Context();
        Assert.Single(await db.Characters.AsNoTracking().Where(c => c.StoryId != null && c.Name == "Walter Brennan").ToListAsync());
    }

    [StoreFact]
    public async Task ImportAsync_ChapterAlone_ListsNoSpeaker()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.Write(Path.Combine("orchard", "chapter-02.txt"), ChapterTwo);

        await store.ImportAsync();

        Assert.Null(await SpeakerAsync(store, "Leave the last row for the birds,"));
    }

    [StoreFact]
    public async Task AddAsync_ChapterJoiningUploadedStory_UsesTheStoryStoredCharacters()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        var libraries = new GuildLibraryService(store.Contexts, store.Time, Options.Create(new LibraryLimits()));

        var first = await libraries.AddAsync(new UploadRequest(Guild, "orchard-1.txt", Encoding.UTF8.GetBytes(ChapterOne)), CancellationToken.None);
        var second = await libraries.AddAsync(new UploadRequest(Guild, "orchard-2.txt", Encoding.UTF8.GetBytes(ChapterTwo)), CancellationToken.None);

        Assert.True(first.Success, first.Error);
        Assert.True(second.Success, second.Error);
        Assert.Equal(first.StoryId, second.StoryId);
        Assert.Equal(["Walter Brennan"], second.Speakers);
        Assert.Equal("Walter Brennan", await SpeakerAsync(store, "Leave the last row for the birds,"));
    }

    private static async Task<string?> SpeakerAsync(TestStore store, string text)
    {
        await using var db = store.Context();
        var line = await db.DialogueLines.IgnoreQueryFilters().AsNoTracking().Include(l => l.Speaker).SingleAsync(l => l.Text == text);
        return line.Confidence >= 0.8 ? line.Speaker?.Name : null;
    }
}
