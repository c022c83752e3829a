using StoryBot.Testing;
using StoryBot.Data.Storage;
using Microsoft.EntityFrameworkCore;
using StoryBot.Corpus.Model;
using StoryBot.Data.Import;
using StoryBot.Data.Tests.Support;

namespace StoryBot.Data.Tests.Import;

public abstract class SeedImportTests
{
    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task ImportAsync_Seeds_StoresFiveChaptersWithMetadataAndStructure()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();

        ImportReport report = await store.ImportAsync();

        Assert.Equal(5, report.Imported);
        Assert.Equal(0, report.Failed);
        await using var db = store.Context();
        Assert.Equal(5, await db.Chapters.CountAsync());
        var second = await db.Chapters.Include(c => c.Story).SingleAsync(c => c.FileName.StartsWith("002"));
        Assert.Equal("Second Chances", second.Story.Title);
        Assert.Equal("second-chances", second.Story.Slug);
        Assert.Equal("Cybergades", second.Story.Author);
        Assert.Equal(1, second.Number);
        Assert.Equal("Many Regrets", second.Title);
        Assert.Equal(64, second.ContentHash.Length);
        Assert.True(second.WordCount > 5000);
        Assert.True(second.ParagraphCount > 10);
        Assert.Equal(second.ParagraphCount, await db.Paragraphs.CountAsync(p => p.ChapterId == second.Id));
        Assert.True(await db.DialogueLines.AnyAsync(d => d.ChapterId == second.Id));
        Assert.DoesNotContain(await db.Stories.Select(s => s.Title).ToListAsync(), t => t.Contains("2c3c7600", StringComparison.Ordinal));
        await store.AssertSearchIndexInStepAsync();
    }

    [StoreFact]
    public async Task ImportAsync_Seeds_ParagraphOffsetsTraceBackToTheFile()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync();

        await using var db = store.Context();
        foreach (var chapter in await db.Chapters.ToListAsync())
        {
            string text = Corpus.Decoding.TextDecoder.Decode(File.ReadAllBytes(chapter.SourcePath)).Text!;
            foreach (var paragraph in await db.Paragraphs.Where(p => p.ChapterId == chapter.Id).ToListAsync())
            {
                Assert.Equal(paragraph.Text, text.Substring(paragraph.Start, paragraph.Length));
            }
        }
    }

    [StoreFact]
    public async Task ImportAsync_Seeds_KeepsNotesOutOfParagraphs()
    {
        await using var store = await TestStore.CreateAsync(Provider);
        store.CopySeeds();
        await store.ImportAsync();

        await using var db = store.Context();
        Assert.True(await db.Notes.AnyAsync());
        Assert.True(await db.Notes.AnyAsync(n => n.Kind == NoteKind.Footnote));
    }
}
