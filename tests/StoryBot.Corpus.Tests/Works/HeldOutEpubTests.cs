using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>
/// Held-out EPUB shapes (Calibre, EPUB 3 nav-only, AO3, FanFicFare), written with their expected outcome before they
/// were first run: the book's three chapters with their numbers and titles, every paragraph whole and in order, no
/// front or back matter as a chapter, and the metadata each file carries.
/// </summary>
public sealed class HeldOutEpubTests
{
    internal static ParsedWork Parse(byte[] bytes, string name)
    {
        WorkParseResult result = WorkParser.Parse(bytes, name);
        Assert.True(result.Success, result.Error);
        return result.Work!;
    }

    internal static void AssertBook(ParsedWork work, string?[]? titles = null)
    {
        Assert.Equal([1, 2, 3], work.Chapters.Select(c => c.Metadata.ChapterNumber ?? -1));
        Assert.Equal(titles ?? ChapterTitles, work.Chapters.Select(c => c.Metadata.ChapterTitle));
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(Paragraphs[c], work.Chapters[c].Paragraphs.Select(p => p.Text));
        }
    }

    [Fact]
    public void Parse_CalibreEpubWithChapterSplitOverTwoFiles_ThreeChaptersFirstHoldsTheContinuation()
    {
        ParsedWork work = Parse(HeldOutEpubs.Calibre(), "lamplighter.epub");

        AssertBook(work);
        Assert.Equal(Title, work.Metadata.Title);
        Assert.Equal(Author, work.Metadata.Author);
        Assert.Equal("A lighthouse keeper's daughter and the man from the Board.", work.Metadata.Summary);
        Assert.Equal("Harbour Lights", work.Metadata.Series);
        Assert.Equal(2, work.Metadata.SeriesPart);
        Assert.Equal(["Historical", "Family"], work.Metadata.AdditionalTags);
        Assert.Equal(new DateOnly(2015, 6, 1), work.Metadata.Published);
        Assert.Null(work.Metadata.Url);
    }

    [Fact]
    public void Parse_Epub3NavOnlyWithLandmarksAndFrontMatterSections_ThreeChaptersTitledFromTheToc()
    {
        ParsedWork work = Parse(HeldOutEpubs.Epub3NavOnly(), "lamplighter-se.epub");

        AssertBook(work);
        Assert.Equal(Title, work.Metadata.Title);
        Assert.Equal(Author, work.Metadata.Author);
        Assert.Equal(new DateOnly(2022, 11, 20), work.Metadata.Published);
        Assert.Equal("https://example.net/scans/lamplighter", work.Metadata.Url);
        Assert.DoesNotContain(work.Chapters.SelectMany(c => c.Paragraphs), p => p.Text.Contains("volunteers", StringComparison.Ordinal) || p.Text.Contains("Agnes", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Ao3Epub_PrefaceTagsChaptersNotesAndNoAfterwordChapter()
    {
        ParsedWork work = Parse(HeldOutFanEpubs.Ao3(), "lamplighter-ao3.epub");

        AssertBook(work, [ChapterTitles[0], null, ChapterTitles[2]]);
        WorkMetadata m = work.Metadata;
        Assert.Equal(Title, m.Title);
        Assert.Equal("mthale", m.Author);
        Assert.Equal(Rating.General, m.Rating);
        Assert.Equal(HeldOutFanEpubs.Ao3Url, m.Url);
        Assert.Equal(["Original Work"], m.Fandoms);
        Assert.Equal(["Nell Marr & Tobias Marr"], m.Relationships);
        Assert.Equal(["Nell Marr", "Tobias Marr", "The Surveyor"], m.Characters);
        Assert.Equal(["Lighthouses", "Storms", "Father-Daughter Relationship"], m.AdditionalTags.Take(3));
        Assert.DoesNotContain("General Audiences", m.AdditionalTags);
        Assert.Equal(["No Archive Warnings Apply"], m.Warnings);
        Assert.Equal("Harbour Lights", m.Series);
        Assert.Equal(1, m.SeriesPart);
        Assert.Equal(new DateOnly(2020, 2, 2), m.Published);
        Assert.Equal(new DateOnly(2020, 3, 3), m.Updated);
        Assert.Equal("Nell keeps the light. The Board would rather she didn't.", m.Summary);
        for (int c = 0; c < 3; c++)
        {
            string notes = string.Join(" | ", work.Chapters[c].Notes.Select(n => n.Text));
            Assert.Contains($"Thanks to my beta for chapter {c + 1}!", notes, StringComparison.Ordinal);
            Assert.Contains($"More soon, after chapter {c + 1}.", notes, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_FanFicFareEpub_TitlePageTableIsMetadataAndChaptersFromFiles()
    {
        ParsedWork work = Parse(HeldOutFanEpubs.FanFicFare(), "lamplighter-fff.epub");

        AssertBook(work);
        WorkMetadata m = work.Metadata;
        Assert.Equal(Title, m.Title);
        Assert.Equal(Author, m.Author);
        Assert.Equal(Rating.General, m.Rating);
        Assert.Equal(HeldOutFanEpubs.FfnUrl, m.Url);
        Assert.Equal(["Nell M.", "Tobias M."], m.Characters);
        Assert.Equal(new DateOnly(2018, 4, 1), m.Published);
        Assert.Equal(new DateOnly(2018, 6, 15), m.Updated);
        Assert.Equal("A lighthouse keeper's daughter and the man from the Board.", m.Summary);
        Assert.Contains(work.Chapters[1].Notes, n => n.Text.Contains("lovely reviews", StringComparison.Ordinal));
        Assert.Equal(2, work.Chapters[2].Scenes.Count);
    }
}
