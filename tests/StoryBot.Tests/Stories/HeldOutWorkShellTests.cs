using System.Text;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Stories;

/// <summary>Held-out whole-work shapes (Calibre EPUB, Project Gutenberg HTML, a text in Books) through import → /story info → /excerpt chapter:N.</summary>
public sealed class HeldOutWorkShellTests
{
    [Fact]
    public async Task Shell_HeldOutShapes_InfoCountsChaptersAndExcerptReadsTheRightOne()
    {
        await using var library = await TestLibrary.CreateAsync(seed: false);
        string folder = Directory.CreateDirectory(Path.Combine(library.Directory, "works")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "calibre.epub"), HeldOutEpubs.Calibre());
        await File.WriteAllTextAsync(Path.Combine(folder, "39012-h.htm"), HeldOutHtml.Gutenberg().Replace("Lamplighter", "Keeper", StringComparison.OrdinalIgnoreCase));
        await File.WriteAllTextAsync(Path.Combine(folder, "books.txt"), HeldOutTexts.PartsWithChapters(books: true).Replace(HeldOutBook.Title, "Two Books of Salt", StringComparison.Ordinal));
        await File.WriteAllBytesAsync(Path.Combine(folder, "hostile.epub"), Encoding.UTF8.GetBytes("PK\u0003\u0004 not a zip at all"));

        string transcript = await ShellRunner.RunAsync(library.ConnectionString,
            "/story info story:The Lamplighter's Daughter\n/excerpt story:the-lamplighters-daughter chapter:2\n" +
            "/story info story:The Keeper's Daughter\n/excerpt story:the-keepers-daughter chapter:3\n/story info story:Two Books of Salt\n/excerpt story:two-books-of-salt chapter:3\n",
            new Dictionary<string, string?> { ["Stories:ImportOnStart"] = "true", ["Stories:SeedPath"] = folder });

        // Calibre EPUB (chapter 1 over two files) and Gutenberg HTML: three chapters each; the Books text: three and an Epilogue.
        Assert.Equal(2, transcript.Split("Chapters: 3").Length - 1);
        Assert.Contains("Chapters: 4", transcript, StringComparison.Ordinal);
        Assert.Contains("Harbour Lights", transcript, StringComparison.Ordinal);
        Assert.Contains("In March the supply boat came late", transcript, StringComparison.Ordinal);
        Assert.Contains("The storm broke on the ninth night", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("[Pg", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("BOOK II", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Colophon", transcript, StringComparison.Ordinal);
    }
}
