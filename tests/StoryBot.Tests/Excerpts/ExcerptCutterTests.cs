using StoryBot.Excerpts;

namespace StoryBot.Tests.Excerpts;

public class ExcerptCutterTests
{
    private static readonly ExcerptCutter Cutter = new(maxCharacters: 1500, maxParagraphs: 4);

    [Fact]
    public void Forward_ShortParagraphs_TakesAtMostFour()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => $"Paragraph {i}.").ToList();

        var window = Cutter.Forward(paragraphs, 2);

        Assert.Equal(2, window.First);
        Assert.Equal(5, window.Last);
        Assert.Equal(["Paragraph 2.", "Paragraph 3.", "Paragraph 4.", "Paragraph 5."], window.Paragraphs);
    }

    [Fact]
    public void Forward_LongParagraphs_StopsBeforeTheLimit()
    {
        var paragraphs = Enumerable.Range(0, 5).Select(_ => new string('a', 600)).ToList();

        var window = Cutter.Forward(paragraphs, 0);

        Assert.Equal(1, window.Last);
        Assert.True(window.Length <= 1500);
    }

    [Fact]
    public void Forward_AtChapterEnd_TakesWhatIsLeft()
    {
        var window = Cutter.Forward(["One.", "Two."], 1);

        Assert.Equal(1, window.First);
        Assert.Equal(1, window.Last);
    }

    [Fact]
    public void Forward_HugeParagraph_IsCutAtSentenceEnd()
    {
        var sentence = "The fox ran far across the hills of the Leaf. ";
        var huge = string.Concat(Enumerable.Repeat(sentence, 60));

        var window = Cutter.Forward([huge], 0);

        var text = Assert.Single(window.Paragraphs);
        Assert.True(text.Length <= 1500);
        Assert.EndsWith("Leaf. …", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorten_NoSentenceEnd_CutsAtSpaceNeverMidWord()
    {
        var huge = string.Join(' ', Enumerable.Repeat("chakra", 400));

        var text = Cutter.Shorten(huge);

        Assert.True(text.Length <= 1500);
        Assert.EndsWith("chakra …", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Shorten_SentenceEndingInQuote_KeepsTheQuote()
    {
        var filler = string.Concat(Enumerable.Repeat("He walked on and on. ", 60));
        var text = "\"Believe it!\" " + filler;

        var cut = new ExcerptCutter(maxCharacters: 30).Shorten(text);

        Assert.Equal("\"Believe it!\" …", cut);
    }

    [Fact]
    public void Backward_EndsAtGivenParagraph()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => $"Paragraph {i}.").ToList();

        var window = Cutter.Backward(paragraphs, 5);

        Assert.Equal(2, window.First);
        Assert.Equal(5, window.Last);
    }

    [Fact]
    public void Backward_NearChapterStart_StartsAtZero()
    {
        var paragraphs = Enumerable.Range(0, 10).Select(i => $"Paragraph {i}.").ToList();

        var window = Cutter.Backward(paragraphs, 1);

        Assert.Equal(0, window.First);
        Assert.Equal(1, window.Last);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("  two   words ", 2)]
    [InlineData("Naruto-kun said \"hi\".", 3)]
    public void CountWords_Text_CountsWhitespaceSeparatedWords(string text, int expected) =>
        Assert.Equal(expected, ExcerptCutter.CountWords(text));
}
