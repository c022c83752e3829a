using StoryBot.Corpus.Dialogue;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Dialogue;

public class QuoteFinderTests
{
    private static string[] Quotes(string text)
    {
        var ranges = TestChapters.SplitParagraphs(text);
        return [.. QuoteFinder.Find(text, ranges).SelectMany(p => p).Select(q => q.Range.Slice(text))];
    }

    [Fact]
    public void Find_StraightDoubleQuotes_ReturnsSpansWithMarks()
    {
        var text = "\"Hello,\" said Lee. \"Bye.\"";
        Assert.Equal(["\"Hello,\"", "\"Bye.\""], Quotes(text));
    }

    [Fact]
    public void Find_CurlyDoubleQuotes_ReturnsSpansAndStyle()
    {
        var text = "\u201CHello,\u201D said Lee.";
        var span = Assert.Single(QuoteFinder.Find(text, TestChapters.SplitParagraphs(text))[0]);
        Assert.Equal(QuoteStyle.CurlyDouble, span.Style);
        Assert.Equal("Hello,", span.Text);
        Assert.Equal(new TextRange(0, 8), span.Range);
    }

    [Fact]
    public void Find_ApostrophesInDoubleQuoteText_AreNotQuotes()
    {
        var text = "Naruto's team didn't wait for 'em. The boys' toys rock'n'roll. \"Don't,\" he said.";
        Assert.Equal(["\"Don't,\""], Quotes(text));
    }

    [Fact]
    public void Find_SingleQuoteOpeningWithElisionWordCapitalised_IsAQuote()
    {
        var text = "'We know,' I said. 'Fine.'\n\n'Morning, Abel,' he said. 'There's a boat.'\n\n'Night,' she said, and went up 'round the back for 'em.";
        Assert.Equal(["'We know,'", "'Fine.'", "'Morning, Abel,'", "'There's a boat.'", "'Night,'"], Quotes(text));
    }

    [Fact]
    public void Find_SingleQuotedThoughtInDoubleQuoteText_IsFound()
    {
        var text = "\"Go,\" he said.\n\n'Naruto didn't deserve this' Sasuke thought\n\n\"Fine.\"";
        Assert.Equal(["\"Go,\"", "'Naruto didn't deserve this'", "\"Fine.\""], Quotes(text));
        Assert.Equal(QuoteConvention.DoubleQuotes, QuoteFinder.DetectConvention(text, TestChapters.SplitParagraphs(text)));
    }

    [Fact]
    public void Find_TrailingStrayQuoteAfterThought_StopsAtFirstClearCloser()
    {
        var text = "'I tried, Ero-sensei' Naruto thought to himself.'";
        Assert.Equal(["'I tried, Ero-sensei'"], Quotes(text));
    }

    [Fact]
    public void Find_BritishSingleQuoteDialogue_FindsSpeechAndSkipsApostrophes()
    {
        var text = "'The boys' bikes are here,' said Mr. Weasley. 'I'm goin' home.'\n\n'Right,' said Harry's friend, 'rock 'n' roll.'";
        var ranges = TestChapters.SplitParagraphs(text);
        Assert.Equal(QuoteConvention.SingleQuotes, QuoteFinder.DetectConvention(text, ranges));
        Assert.Equal(["'The boys' bikes are here,'", "'I'm goin' home.'", "'Right,'", "'rock 'n' roll.'"], Quotes(text));
    }

    [Fact]
    public void Find_NestedSingleInsideDouble_IsPartOfTheOuterQuote()
    {
        var text = "\"You won't be 'dragging me along with you.' I'm staying.\"";
        Assert.Equal([text], Quotes(text));
    }

    [Fact]
    public void Find_MultiParagraphQuote_RunsToParagraphEndThenContinues()
    {
        var text = "\"The first part of a long speech,\n\n\"and the rest of it.\" Lee stopped.";
        Assert.Equal(["\"The first part of a long speech,", "\"and the rest of it.\""], Quotes(text));
    }

    [Fact]
    public void Find_UnbalancedQuote_NeverCrossesItsParagraph()
    {
        var text = "He said \"stop and never closed it\n\nNarration without any quotes.\n\nMore narration.";
        var quotes = QuoteFinder.Find(text, TestChapters.SplitParagraphs(text));
        Assert.Equal("\"stop and never closed it", Assert.Single(quotes[0]).Range.Slice(text));
        Assert.Empty(quotes[1]);
        Assert.Empty(quotes[2]);
    }

    [Fact]
    public void Find_UnclosedSingleQuoteOutsideSpeech_IsIgnored()
    {
        var text = "\"Hi.\" 'Twas the night. He said 'hello there and left.";
        Assert.Equal(["\"Hi.\""], Quotes(text));
    }

    [Fact]
    public void Find_ManyStrayMarksOnOneHugeLine_CompletesAndStaysInParagraph()
    {
        var text = string.Concat(Enumerable.Repeat("a 'b c ' d \u201D e \u2018 ", 20000));
        var quotes = QuoteFinder.Find(text, [new TextRange(0, text.Length)]);
        Assert.All(quotes[0], q => Assert.InRange(q.Range.End, 0, text.Length));
    }

    [Fact]
    public void Find_EmptyInput_ReturnsEmptyLists()
    {
        Assert.Empty(QuoteFinder.Find(string.Empty, []));
        Assert.Empty(QuoteFinder.Find("\"\"", [new TextRange(0, 2)])[0]);
    }
}
