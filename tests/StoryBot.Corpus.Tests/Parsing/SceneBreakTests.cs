using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class SceneBreakTests
{
    [Theory]
    [InlineData("***")]
    [InlineData("* * *")]
    [InlineData("---")]
    [InlineData("~~~")]
    [InlineData("o0o")]
    [InlineData("oOo")]
    [InlineData("OoOoOoO")]
    [InlineData("-x-x-")]
    [InlineData("~*~")]
    [InlineData("xxx")]
    [InlineData("=====")]
    [InlineData("§")]
    [InlineData("-o0o-o0o-")]
    [InlineData("Line Break")]
    [InlineData("-Scene Break-")]
    public void ParseText_Rule_BreaksScene(string rule)
    {
        ParsedChapter chapter = ChapterParser.ParseText($"First scene.\n\n{rule}\n\nSecond scene.", "x.txt");

        Assert.Equal(2, chapter.Scenes.Count);
        Assert.All(chapter.Scenes, scene => Assert.Null(scene.Heading));
        Assert.Equal(["First scene.", "Second scene."], chapter.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("...")]
    [InlineData("Ooo")]
    [InlineData("*sigh*")]
    [InlineData("(Inside)")]
    [InlineData("-Naruto shouted.-")]
    public void ParseText_ProseThatLooksLikeAMarker_IsAParagraph(string line)
    {
        ParsedChapter chapter = ChapterParser.ParseText($"First.\n\n{line}\n\nSecond.", "x.txt");

        Assert.Single(chapter.Scenes);
        Assert.Equal(["First.", line, "Second."], chapter.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("- (Inside the Seal) -", "Inside the Seal")]
    [InlineData("-(Konoha Hospital)-", "Konoha Hospital")]
    [InlineData("~Hokage Tower~", "Hokage Tower")]
    [InlineData("[Valley of the End]", "Valley of the End")]
    [InlineData("xx Training Ground Seven xx", "Training Ground Seven")]
    [InlineData("oOo Suna oOo", "Suna")]
    [InlineData("=== Three Years Later ===", "Three Years Later")]
    public void ParseText_LocationHeading_StartsSceneWithHeading(string line, string heading)
    {
        ParsedChapter chapter = ChapterParser.ParseText($"Before.\n\n{line}\n\nAfter.", "x.txt");

        Assert.Equal([null, heading], chapter.Scenes.Select(s => s.Heading));
    }

    [Fact]
    public void ParseText_FlashbackMarkers_MarkTheSceneBetween()
    {
        const string text = "Now.\n\nxx Flashback xx\n\nThen.\n\nStill then.\n\nxx End Flashback xx\n\nNow again.";

        ParsedChapter chapter = ChapterParser.ParseText(text, "x.txt");

        Assert.Equal([false, true, false], chapter.Scenes.Select(s => s.IsFlashback));
        Assert.Equal([1, 2, 1], chapter.Scenes.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void ParseText_CaptionedFlashback_KeepsCaptionAsHeading()
    {
        ParsedChapter chapter = ChapterParser.ParseText("Now.\n\n*Flashback - Five years ago*\n\nThen.", "x.txt");

        Assert.Equal("Five years ago", chapter.Scenes[1].Heading);
        Assert.True(chapter.Scenes[1].IsFlashback);
    }

    [Fact]
    public void ParseText_BlankRunInFileWithRules_IsNotABreak()
    {
        ParsedChapter chapter = ChapterParser.ParseText("A.\n\n\n\nB.\n\n***\n\nC.", "x.txt");

        Assert.Equal([2, 1], chapter.Scenes.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void ParseText_BlankRunAfterCutOffSentence_IsNotABreak()
    {
        ParsedChapter chapter = ChapterParser.ParseText("He yelled,\n\n\nShe ran.\n\n\nLater.", "x.txt");

        Assert.Equal([2, 1], chapter.Scenes.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void ParseText_OneParagraphPerLine_EachLineIsAParagraphAndBlankLinesBreak()
    {
        string scene = string.Join('\n', Enumerable.Range(1, 6).Select(i => $"Line {i}."));

        ParsedChapter chapter = ChapterParser.ParseText(scene + "\n\n" + scene, "x.txt");

        Assert.Equal([6, 6], chapter.Scenes.Select(s => s.Paragraphs.Count));
    }

    [Fact]
    public void ParseText_HardWrappedParagraph_OneParagraphWithExactRange()
    {
        const string text = "This paragraph was wrapped\nat a fixed width by an old\neditor.\n\nNext.";

        ParsedChapter chapter = ChapterParser.ParseText(text, "x.txt");

        Paragraph first = chapter.Paragraphs.First();
        Assert.Equal("This paragraph was wrapped\nat a fixed width by an old\neditor.", first.Text);
        Assert.Equal(first.Text, first.Range.Slice(chapter.Text));
    }

    [Fact]
    public void ParseText_EndOfChapterLine_IsNotStoryText()
    {
        ParsedChapter chapter = ChapterParser.ParseText("The story.\n\nTo be continued...", "x.txt");

        Assert.Equal("The story.", Assert.Single(chapter.Paragraphs).Text);
    }
}
