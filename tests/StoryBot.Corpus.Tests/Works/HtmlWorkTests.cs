using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Tests.Works;

public sealed class HtmlWorkTests
{
    private static ParsedWork Parse(string html, string name = "work.html")
    {
        WorkParseResult result = WorkParser.Parse(Encoding.UTF8.GetBytes(html), name);
        Assert.True(result.Success, result.Error);
        return result.Work!;
    }

    [Fact]
    public void Parse_Ao3Download_PrefaceMetadataAndChaptersWithNotesApart()
    {
        var novel = new NovelFixture(chapters: 3, paragraphsPerChapter: 12, seed: 11);

        ParsedWork work = Parse(WorkFiles.Ao3Html(novel));

        WorkMetadata meta = work.Metadata;
        Assert.Equal("Lanterns in the Rain", meta.Title);
        Assert.Equal("quietfox", meta.Author);
        Assert.Equal(Rating.Teen, meta.Rating);
        Assert.Equal(WorkFiles.WorkUrl, meta.Url);
        Assert.Equal("Three friends and a *very* wet week.", meta.Summary);
        Assert.Equal(["Naruto"], meta.Fandoms);
        Assert.Equal(["Haruno Sakura & Uzumaki Naruto"], meta.Relationships);
        Assert.Equal(["Haruno Sakura", "Uzumaki Naruto", "Hatake Kakashi"], meta.Characters);
        Assert.Equal(["Rain", "Friendship", "Team as Family"], meta.AdditionalTags);
        Assert.Equal(["No Archive Warnings Apply"], meta.Warnings);
        Assert.Equal(["Gen"], meta.Categories);
        Assert.Equal("Weather Reports", meta.Series);
        Assert.Equal(2, meta.SeriesPart);
        Assert.Equal(new DateOnly(2021, 3, 4), meta.Published);
        Assert.Equal(new DateOnly(2021, 5, 6), meta.Updated);
        Assert.Equal("English", meta.Language);

        Assert.Equal(3, work.Chapters.Count);
        for (int c = 0; c < 3; c++)
        {
            ParsedChapter chapter = work.Chapters[c];
            Assert.Equal(c + 1, chapter.Metadata.ChapterNumber);
            Assert.Equal(novel.Chapters[c].Title, chapter.Metadata.ChapterTitle);
            Assert.Equal("Lanterns in the Rain", chapter.Metadata.StoryTitle);
            Assert.Equal(Rating.Teen, chapter.Metadata.Rating);
            List<string> texts = [.. chapter.Paragraphs.Select(p => p.Text)];
            Assert.Equal([.. novel.Chapters[c].Paragraphs, $"She said it *twice* in chapter {c + 1}, and **meant** it."], texts);
            Assert.Equal(2, chapter.Scenes.Count);
            Assert.Contains(chapter.Notes, n => n.Text == $"Note before chapter {c + 1}.");
            Assert.Contains(chapter.Notes, n => n.Text == $"See you in chapter {c + 2}.");
            Assert.All(chapter.Notes, n => Assert.Equal(n.Text, n.Range.Slice(chapter.Text)));
        }

        Assert.Contains(work.Chapters[0].Notes, n => n.Text == "Written for a prompt.");
        Assert.DoesNotContain(work.Chapters.SelectMany(c => c.Paragraphs), p => p.Text.Contains("alert", StringComparison.Ordinal) || p.Text.Contains("Kudos", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Ao3SingleChapterWork_OneChapter()
    {
        string html = "<html><head><title>Puddle</title></head><body><div id=\"preface\"><div class=\"meta\"><dl class=\"tags\">" +
            "<dt>Rating:</dt><dd>Mature</dd><dt>Character:</dt><dd><a>Uzumaki Naruto</a></dd></dl><h1>Puddle</h1>" +
            "<div class=\"byline\">by <a rel=\"author\">rainy</a></div></div></div>" +
            "<div id=\"chapters\" class=\"userstuff\"><div class=\"userstuff\"><p>He jumped in it.</p><p>It was deep.</p></div></div></body></html>";

        ParsedWork work = Parse(html, "puddle.htm");

        ParsedChapter chapter = Assert.Single(work.Chapters);
        Assert.Equal(["He jumped in it.", "It was deep."], chapter.Paragraphs.Select(p => p.Text));
        Assert.Equal(Rating.Mature, chapter.Metadata.Rating);
        Assert.Equal("rainy", chapter.Metadata.Author);
        Assert.Equal(["Uzumaki Naruto"], work.Metadata.Characters);
    }

    [Fact]
    public void Parse_FanFicFareStyleHtml_ChaptersAtHeadingsAndLabelledMetadata()
    {
        string html = "<html><head><title>Ferry Songs by oarsmith</title><meta name=\"generator\" content=\"FanFicFare\"/></head><body>" +
            "<h3><a href=\"https://www.fanfiction.net/s/99/1/\">Ferry Songs</a> by <a href=\"#\">oarsmith</a></h3>" +
            "<div><b>Category:</b> Naruto<br/><b>Characters:</b> Naruto U., Sakura H.<br/><b>Rating:</b> T<br/><b>Published:</b> 2015-06-01<br/></div>" +
            "<a name=\"section0001\"><h2>The Crossing</h2></a><p>The ferry rope creaked.</p><p>Nobody spoke.</p>" +
            "<a name=\"section0002\"><h2>Far Bank</h2></a><p>They landed at dusk.</p></body></html>";

        ParsedWork work = Parse(html);

        Assert.Equal("Ferry Songs", work.Metadata.Title);
        Assert.Equal("oarsmith", work.Metadata.Author);
        Assert.Equal(["Naruto U.", "Sakura H."], work.Metadata.Characters);
        Assert.Equal(new DateOnly(2015, 6, 1), work.Metadata.Published);
        Assert.Equal(["The Crossing", "Far Bank"], work.Chapters.Select(c => c.Metadata.ChapterTitle));
        Assert.Equal([1, 2], work.Chapters.Select(c => c.Metadata.ChapterNumber!.Value));
        Assert.Equal(["They landed at dusk."], work.Chapters[1].Paragraphs.Select(p => p.Text));
        Assert.All(work.Chapters, c => Assert.Equal(Rating.Teen, c.Metadata.Rating));
    }

    [Fact]
    public void Parse_PlainHtmlWithChapterParagraphs_SplitLikeText()
    {
        string html = "<html><head><title>Notes from the Mill</title></head><body><p>Chapter 1</p><p>The wheel turned.</p><p>Chapter 2</p>" +
            "<p>The wheel <i>stopped</i>.</p><script>document.write('x')</script><img src=\"http://example.org/x.png\"></body></html>";

        ParsedWork work = Parse(html);

        Assert.Equal(2, work.Chapters.Count);
        Assert.Equal("Notes from the Mill", work.Metadata.Title);
        Assert.Equal(["The wheel *stopped*."], work.Chapters[1].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_HtmlWithDoctypeEntity_EntityNotExpanded()
    {
        string html = "<!DOCTYPE html [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]><html><body><p>Before &secret; after.</p><p>More.</p></body></html>";

        ParsedWork work = Parse(html);

        Assert.DoesNotContain(work.Chapters[0].Paragraphs, p => p.Text.Contains("root:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_HtmlWithNoText_OneLineReason()
    {
        WorkParseResult result = WorkParser.Parse(Encoding.UTF8.GetBytes("<html><body><img src=x></body></html>"), "empty.html");

        Assert.False(result.Success);
        Assert.StartsWith("empty.html: ", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("; skipped", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }
}
