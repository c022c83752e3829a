using StoryBot.Corpus.Tests.Support;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Stories;

/// <summary>Whole works a fan has (EPUB, AO3 HTML, a hard-wrapped novel) through import → /story info → /excerpt chapter:N.</summary>
public sealed class CompleteWorkShellTests
{
    [Fact]
    public async Task Shell_ImportedWorks_InfoShowsMetadataAndExcerptReadsTheChapter()
    {
        await using var library = await TestLibrary.CreateAsync(seed: false);
        string folder = Directory.CreateDirectory(Path.Combine(library.Directory, "works")).FullName;
        var novel = new NovelFixture(chapters: 38, paragraphsPerChapter: 20, seed: 31);
        await File.WriteAllTextAsync(Path.Combine(folder, "orchard-year.txt"),
            "Title: The Orchard Year\nAuthor: Hester Vale\nRating: G\n\n" + novel.Text(70, (n, title) => $"CHAPTER {NovelFixture.Roman(n)}. {title}"));
        var lanterns = new NovelFixture(chapters: 3, paragraphsPerChapter: 6, seed: 32);
        await File.WriteAllTextAsync(Path.Combine(folder, "lanterns.html"), WorkFiles.Ao3Html(lanterns));
        var ferry = new NovelFixture(chapters: 5, paragraphsPerChapter: 4, seed: 33);
        await File.WriteAllBytesAsync(Path.Combine(folder, "ferry.epub"), WorkFiles.Epub(ferry, 3, title: "Ferry Songs", author: "oarsmith"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.epub"), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        string transcript = await ShellRunner.RunAsync(library.ConnectionString,
            "/story info story:Lanterns in the Rain\n/excerpt story:lanterns-in-the-rain chapter:2\n" +
            "/story info story:The Orchard Year\n/excerpt story:the-orchard-year chapter:37\n/excerpt story:ferry-songs chapter:4\n",
            new Dictionary<string, string?> { ["Stories:ImportOnStart"] = "true", ["Stories:SeedPath"] = folder });

        // AO3 HTML: the preface's tags and link.
        Assert.Contains("Haruno Sakura · Uzumaki Naruto · Hatake Kakashi", transcript, StringComparison.Ordinal);
        Assert.Contains("Part 2 of Weather Reports", transcript, StringComparison.Ordinal);
        Assert.Contains(WorkFiles.WorkUrl, transcript, StringComparison.Ordinal);
        Assert.Contains("No Archive Warnings Apply", transcript, StringComparison.Ordinal);
        Assert.Contains(Opening(lanterns.Chapters[1].Paragraphs[0]), transcript, StringComparison.Ordinal);

        // The hard-wrapped novel: 38 chapters, chapter 37 read from its first whole paragraph.
        Assert.Contains("38", transcript, StringComparison.Ordinal);
        Assert.Contains(Opening(novel.Chapters[36].Paragraphs[0]), transcript, StringComparison.Ordinal);
        Assert.Contains("37. " + novel.Chapters[36].Title[..20], transcript, StringComparison.Ordinal);

        // The EPUB's chapter 4.
        Assert.Contains(Opening(ferry.Chapters[3].Paragraphs[0]), transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("broken.epub", transcript, StringComparison.Ordinal);
    }

    /// <summary>The first words of a paragraph, short enough never to be cut or wrapped by the renderer.</summary>
    private static string Opening(string paragraph) => paragraph[..paragraph.IndexOf(' ', 20)];
}
