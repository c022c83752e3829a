using System.Globalization;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Tests.Attribution;

public class DialogueTsvTests
{
    [Fact]
    public void Format_Lines_HeaderThenOneLinePerQuoteWithCleanText()
    {
        var quote = new QuoteSpan(new TextRange(10, 12), "a\tb\nc", QuoteStyle.StraightDouble);
        var lines = new[]
        {
            new AttributedLine(quote, 0, DialogueKind.Thought, "Sasuke Uchiha", 0.95),
            new AttributedLine(quote, 0, DialogueKind.Speech, null, 0, "the other", Sieves.Mention),
        };

        var tsv = DialogueTsv.Format(lines);

        Assert.Equal("start\tend\tspeaker\tconfidence\tkind\ttext\n10\t22\tSasuke Uchiha\t0.95\tthought\ta b c\n10\t22\t\t0\tspeech\ta b c\n", tsv);
    }

    [Fact]
    public void Format_UnderACommaDecimalCulture_StillUsesInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var quote = new QuoteSpan(new TextRange(0, 3), "x", QuoteStyle.StraightDouble);
            Assert.Contains("\t0.85\t", DialogueTsv.Format([new AttributedLine(quote, 0, DialogueKind.Speech, "A", 0.85)]), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
