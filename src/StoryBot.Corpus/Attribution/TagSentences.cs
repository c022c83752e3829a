using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Attribution;

/// <summary>Where a tag's sentence starts, whether a quote is a noun inside a sentence, and verbs that take a name as object.</summary>
internal static class TagSentences
{
    /// <summary>The first token of the sentence that ends at <paramref name="end"/>, not before <paramref name="from"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SentenceStart(ParagraphAnalysis a, int from, int end)
    {
        for (var i = end - 1; i >= from; i--)
        {
            if (a.IsSentenceEnd(i) || a.IsPunct(i, ';'))
            {
                return i + 1;
            }
        }

        return from;
    }

    /// <summary>
    /// Whether the quote starting at token <paramref name="quoteStart"/> sits inside a sentence as a noun: after a
    /// determiner or preposition ("a "thump"", "hiss of, "idiot"").
    /// </summary>
    public static bool EmbeddedQuote(ParagraphAnalysis a, int quoteStart, int from)
    {
        var j = quoteStart - 1;
        while (j >= from && a.Tokens[j].Kind == Text.TokenKind.Punctuation && a.IsPunct(j, ','))
        {
            j--;
        }

        if (j < from || !a.Tokens[j].IsWord)
        {
            return false;
        }

        var word = a.Word(j);
        return word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("word", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("sickening", StringComparison.OrdinalIgnoreCase) || Lexicon.IsPreposition(word);
    }

    // Verbs that take the following name as their object: "told Naruto", "asked Sakura" are not subjects.
    public static bool IsObjectVerb(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Lexicon.IsSpeechVerb(word) ||
        word.Equals("saw", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("let", StringComparison.OrdinalIgnoreCase) || word.Equals("made", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("hit", StringComparison.OrdinalIgnoreCase);
}
