using System.Runtime.CompilerServices;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Dialogue;

/// <summary>Character rules that tell quote marks from apostrophes. All checks look at one or two neighbouring characters.</summary>
internal static class QuoteMarks
{
    // Words that start with an apostrophe in informal writing ('em, 'cause, rock 'n' roll, '90s): never an opening quote.
    private static readonly HashSet<string> Elisions = new(StringComparer.OrdinalIgnoreCase)
    {
        "em", "cause", "cos", "coz", "cuz", "til", "till", "tis", "twas", "twere", "twill", "n", "bout", "round", "fraid",
        "scuse", "kay", "ello", "im", "er", "ere", "e", "ave", "ow", "nuff", "sup", "night", "mornin", "morning", "ya", "un",
    };

    private static readonly WordSet ElisionLookup = new(Elisions);

    public static bool IsDouble(char c) => c is '"' or '\u201C' or '\u201D';

    public static bool IsSingle(char c) => c is '\'' or '\u2018' or '\u2019';

    public static bool IsAnyQuote(char c) => IsDouble(c) || IsSingle(c);

    /// <summary>True when the single quote at <paramref name="i"/> can open a quotation (not an apostrophe).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsSingleOpener(string text, int i, int start, int end)
    {
        var c = text[i];
        if (c is not ('\'' or '\u2018'))
        {
            return false;
        }

        if (i > start)
        {
            var prev = text[i - 1];
            if (!char.IsWhiteSpace(prev) && prev is not ('(' or '[' or '{' or '-' or '\u2013' or '\u2014' or '"' or '\u201C' or '\u2026'))
            {
                return false;
            }
        }

        if (i + 1 >= end)
        {
            return false;
        }

        var next = text[i + 1];
        if (char.IsWhiteSpace(next) || IsAnyQuote(next) || char.IsDigit(next))
        {
            return false;
        }

        // 'em, 'cause, 'n': an elided word followed by a non-letter is an apostrophe.
        var w = i + 1;
        while (w < end && char.IsLetter(text[w]))
        {
            w++;
        }

        if (w > i + 1 && w - i - 1 <= 7 && ElisionLookup.Contains(text.AsSpan(i + 1, w - i - 1)))
        {
            // 'Morning, 'Night, 'Er, 'Cause capitalised where a sentence starts open a quote: 'Morning, Abel,' he said.
            return char.IsUpper(next) && StartsSentence(text, i, start);
        }

        return true;
    }

    /// <summary>Whether the mark at <paramref name="i"/> opens the paragraph or follows the end of a sentence or quote.</summary>
    private static bool StartsSentence(string text, int i, int start)
    {
        var p = i - 1;
        while (p >= start && char.IsWhiteSpace(text[p]))
        {
            p--;
        }

        return p < start || text[p] is '.' or '!' or '?' or ':' or ';' or '\u2026' or '\'' or '\u2019' or '"' or '\u201D';
    }

    /// <summary>
    /// Whether the single quote at <paramref name="i"/> can close a quotation, and whether that is ambiguous with an
    /// apostrophe ending a word (the boys' toys, goin').
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsSingleCloser(string text, int i, int start, int end, out bool ambiguous)
    {
        ambiguous = false;
        var c = text[i];
        if (c is not ('\'' or '\u2019') || i == start)
        {
            return false;
        }

        var prev = text[i - 1];
        if (char.IsWhiteSpace(prev))
        {
            return false;
        }

        if (i + 1 < end)
        {
            var next = text[i + 1];
            if (char.IsLetterOrDigit(next))
            {
                return false; // don't, Naruto's, rock'n'roll
            }

            ambiguous = prev is 's' or 'S' or 'n' or 'N';
        }

        return true;
    }
}
