using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class SeedChapterTests
{
    public static TheoryData<string> AllSeeds => new(Seeds.All);

    [Fact]
    public void Parse_Seed000_ReadsOriginalChapterTitleAndLocationHeadings()
    {
        ParsedChapter chapter = Seeds.Parse(Seeds.MothersTears);

        Assert.Equal("A Mother's Tears", chapter.Metadata.ChapterTitle);
        Assert.Null(chapter.Metadata.StoryTitle);
        Assert.Null(chapter.Metadata.ChapterNumber);
        Assert.Equal(Rating.Unrated, chapter.Metadata.Rating);
        Assert.Equal("Original Chapter Title: A Mother's Tears", chapter.Metadata.HeaderRange!.Value.Slice(chapter.Text));
        Assert.Equal(["Outskirts of Tanazuka Gai", "Inside the Seal", "Outskirts of Konoha"], chapter.Scenes.Select(s => s.Heading));
        Assert.Equal([27, 14, 4], chapter.Scenes.Select(s => s.Paragraphs.Count));
        Assert.Empty(chapter.Notes);
        Assert.Contains(chapter.Paragraphs, p => p.Text.Contains("It can't be…the catalyst?", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Seed001_SplitsScenesOnBlankRunsAndKeepsFootnotesAsNotes()
    {
        ParsedChapter chapter = Seeds.Parse(Seeds.Footnotes);

        Assert.Null(chapter.Metadata.HeaderRange);
        Assert.Null(chapter.Metadata.StoryTitle);
        Assert.Equal([19, 6, 1, 2, 2], chapter.Scenes.Select(s => s.Paragraphs.Count));
        Assert.All(chapter.Scenes, scene => Assert.Null(scene.Heading));
        Assert.Collection(
            chapter.Notes,
            note => Assert.Equal((NoteKind.Footnote, 1), (note.Kind, note.Number!.Value)),
            note => Assert.Equal((NoteKind.Footnote, 2, "(2) Jibaku Bunshin means Suicidal Exploding Clones"), (note.Kind, note.Number!.Value, note.Text)));
        Assert.DoesNotContain(chapter.Paragraphs, p => p.Text.StartsWith("(1)", StringComparison.Ordinal) || p.Text.StartsWith("(2)", StringComparison.Ordinal));
        Assert.StartsWith("The clone smiled", chapter.Paragraphs.Last().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Seed002_ReadsTitleChapterWordNumberAndByLine()
    {
        ParsedChapter chapter = Seeds.Parse(Seeds.SecondChances);

        Assert.Equal("Second Chances", chapter.Metadata.StoryTitle);
        Assert.Equal(1, chapter.Metadata.ChapterNumber);
        Assert.Equal("Many Regrets", chapter.Metadata.ChapterTitle);
        Assert.Equal("Cybergades", chapter.Metadata.Author);
        Assert.Equal("Second Chances\n\nChapter One: Many Regrets\n\nby Cybergades", chapter.Metadata.HeaderRange!.Value.Slice(chapter.Text));
        Assert.Single(chapter.Scenes);
        Assert.Equal(92, chapter.Paragraphs.Count());
        Assert.StartsWith("For generations", chapter.Paragraphs.First().Text, StringComparison.Ordinal);
        Assert.Empty(chapter.Notes);
    }

    [Fact]
    public void Parse_Seed003_FindsTheFlashbackBetweenBlankRunAndEndMarker()
    {
        ParsedChapter chapter = Seeds.Parse(Seeds.Flashback);

        Assert.Null(chapter.Metadata.HeaderRange);
        Assert.Equal([2, 2, 19], chapter.Scenes.Select(s => s.Paragraphs.Count));
        Assert.Equal([false, true, false], chapter.Scenes.Select(s => s.IsFlashback));
        Assert.StartsWith("\"That damn demon gaki", chapter.Scenes[1].Paragraphs[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(chapter.Paragraphs, p => p.Text.Contains("End Flashback", StringComparison.Ordinal));
        Assert.Empty(chapter.Notes);
    }

    [Fact]
    public void Parse_Seed004_ReadsSummaryAndPartNumber()
    {
        ParsedChapter chapter = Seeds.Parse(Seeds.Banished);

        Assert.StartsWith("When Shikamaru and the rest of the rookie nine", chapter.Metadata.Summary, StringComparison.Ordinal);
        Assert.EndsWith("than there first seems?", chapter.Metadata.Summary, StringComparison.Ordinal);
        Assert.Equal(1, chapter.Metadata.ChapterNumber);
        Assert.Equal("Part 1", chapter.Metadata.ChapterTitle);
        Assert.Null(chapter.Metadata.StoryTitle);
        Assert.EndsWith("Part 1:", chapter.Metadata.HeaderRange!.Value.Slice(chapter.Text), StringComparison.Ordinal);
        Assert.Equal("\"Everyone knows why we are here, correct?\"", chapter.Paragraphs.First().Text);
        Assert.Equal(116, chapter.Paragraphs.Count());

        // The blank pair after "…his entire life," is a stripped line mid-sentence, not a scene break.
        Assert.Equal([31, 39, 5, 41], chapter.Scenes.Select(s => s.Paragraphs.Count));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Parse_EverySeed_ParagraphRangesSliceToParagraphText(string seed)
    {
        ParsedChapter chapter = Seeds.Parse(seed);

        int expectedIndex = 0;
        int previousEnd = chapter.Metadata.HeaderRange?.End ?? 0;
        foreach (Paragraph paragraph in chapter.Paragraphs)
        {
            Assert.Equal(expectedIndex++, paragraph.Index);
            Assert.Equal(paragraph.Text, paragraph.Range.Slice(chapter.Text));
            Assert.True(paragraph.Range.Start >= previousEnd, "paragraphs are in order and outside the header");
            Assert.Equal(paragraph.Text.Trim(), paragraph.Text);
            previousEnd = paragraph.Range.End;
        }

        foreach (Note note in chapter.Notes)
        {
            Assert.Equal(note.Text, note.Range.Slice(chapter.Text));
        }

        Assert.Equal(Enumerable.Range(0, chapter.Scenes.Count), chapter.Scenes.Select(s => s.Index));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Parse_EverySeedWithCrlf_SameStructureAndExactOffsets(string seed)
    {
        ParsedChapter lf = Seeds.Parse(seed);
        byte[] crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Seeds.Bytes(seed)).Replace("\n", "\r\n", StringComparison.Ordinal));

        ChapterParseResult result = ChapterParser.Parse(crlf, seed);

        Assert.True(result.Success, result.Error);
        ParsedChapter chapter = result.Chapter!;
        Assert.Equal(lf.Text, chapter.Text);
        Assert.Equal(lf.Metadata, chapter.Metadata);
        Assert.Equal(lf.Paragraphs.Select(p => (p.Range, p.Text)), chapter.Paragraphs.Select(p => (p.Range, p.Text)));
        Assert.All(chapter.Paragraphs, p => Assert.Equal(p.Text, p.Range.Slice(chapter.Text)));
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Parse_EverySeedAsUtf16WithBom_SameParagraphs(string seed)
    {
        ParsedChapter utf8 = Seeds.Parse(seed);
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(utf8.Text)];

        ParsedChapter chapter = ChapterParser.Parse(utf16, seed).Chapter!;

        Assert.Equal(utf8.Paragraphs.Select(p => p.Text), chapter.Paragraphs.Select(p => p.Text));
        Assert.Equal("utf-16le (BOM)", chapter.EncodingName);
    }

    [Theory]
    [MemberData(nameof(AllSeeds))]
    public void Parse_EverySeed_NoWarningsAndHeaderIsNotStoryText(string seed)
    {
        ParsedChapter chapter = Seeds.Parse(seed);

        Assert.Empty(chapter.Warnings);
        Assert.DoesNotContain(chapter.Paragraphs, p => p.Text.StartsWith("Summary:", StringComparison.Ordinal)
            || p.Text.StartsWith("Original Chapter Title", StringComparison.Ordinal) || p.Text is "Part 1:" or "by Cybergades"
            || p.Text.StartsWith("- (", StringComparison.Ordinal));
    }
}
