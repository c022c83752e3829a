using System.Buffers;
using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Dialogue;

/// <summary>Finds quoted spans ("…", “…”, and '…' where the text uses single quotes for speech or thought, never apostrophes).</summary>
/// <remarks>
/// One pass per paragraph, linear in the text. A quote never crosses its paragraph: an opening mark of the text's speech
/// style without a closing mark runs to the paragraph's end (a multi-paragraph speech continues in the next paragraph,
/// which opens with a quote again). An unclosed single quote outside speech is taken for an apostrophe and ignored.
/// </remarks>
public static class QuoteFinder
{
    [ThreadStatic]
    private static List<int>? scratchClosers;

    [ThreadStatic]
    private static List<bool>? scratchAmbiguous;

    [ThreadStatic]
    private static int[]? scratchNextClear;

    private static readonly SearchValues<char> DoubleMarks = SearchValues.Create("\"\u201C\u201D");

    /// <summary>Double marks and the single marks that can open a quote (what <see cref="DetectConvention"/> counts).</summary>
    private static readonly SearchValues<char> ConventionMarks = SearchValues.Create("\"\u201C\u201D'\u2018");

    /// <summary>Quotes per paragraph, in order. Whether single quotes mark speech is decided once for the whole text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static IReadOnlyList<IReadOnlyList<QuoteSpan>> Find(string text, IReadOnlyList<TextRange> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var convention = DetectConvention(text, paragraphs);
        var result = new IReadOnlyList<QuoteSpan>[paragraphs.Count];
        var spans = new List<QuoteSpan>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            spans.Clear();
            var range = Trim(text, paragraphs[p]);
            if (convention == QuoteConvention.DoubleQuotes)
            {
                FindDouble(text, range, spans, secondaryStyle: false);
            }
            else
            {
                FindSingle(text, range.Start, range.End, spans, primary: true);
                if (spans.Count == 0)
                {
                    FindDouble(text, range, spans, secondaryStyle: true);
                }
            }

            result[p] = spans.Count == 0 ? [] : spans.ToArray();
        }

        return result;
    }

    /// <summary>
    /// Single quotes are the speech convention when single-quote openings outnumber double-quote marks; otherwise double
    /// quotes carry speech and single quotes outside them are thoughts (seed 003: <c>'…' Sasuke thought</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static QuoteConvention DetectConvention(string text, IReadOnlyList<TextRange> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(paragraphs);
        long doubleMarks = 0;
        long singleOpeners = 0;
        foreach (var paragraph in paragraphs)
        {
            var end = paragraph.End;
            for (var i = paragraph.Start; i < end; i++)
            {
                // Jump to the next quote mark (vectorised); everything between is prose.
                var next = text.AsSpan(i, end - i).IndexOfAny(ConventionMarks);
                if (next < 0)
                {
                    break;
                }

                i += next;
                var c = text[i];
                if (QuoteMarks.IsDouble(c))
                {
                    doubleMarks++;
                }
                else if (QuoteMarks.IsSingleOpener(text, i, paragraph.Start, end))
                {
                    singleOpeners++;
                }
            }
        }

        return singleOpeners > doubleMarks ? QuoteConvention.SingleQuotes : QuoteConvention.DoubleQuotes;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindDouble(string text, TextRange range, List<QuoteSpan> spans, bool secondaryStyle)
    {
        var open = -1;
        var gapStart = range.Start;
        for (var i = range.Start; i < range.End; i++)
        {
            var next = text.AsSpan(i, range.End - i).IndexOfAny(DoubleMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (open < 0)
            {
                if (c == '\u201D')
                {
                    continue; // a stray closing mark
                }

                open = i;
            }
            else if (c == '\u201C' && text[open] == '\u201C')
            {
                // An unclosed curly quote followed by a new one: the first ends where the second begins.
                AddSpan(text, open, TrimEnd(text, open + 1, i), closed: false, spans);
                if (!secondaryStyle)
                {
                    FindSingle(text, gapStart, open, spans, primary: false);
                }

                gapStart = i;
                open = i;
            }
            else
            {
                if (!secondaryStyle)
                {
                    FindSingle(text, gapStart, open, spans, primary: false);
                }

                AddSpan(text, open, i + 1, closed: true, spans);
                gapStart = i + 1;
                open = -1;
            }
        }

        if (open >= 0 && !secondaryStyle)
        {
            FindSingle(text, gapStart, open, spans, primary: false);
            AddSpan(text, open, range.End, closed: false, spans);
        }
        else if (!secondaryStyle)
        {
            FindSingle(text, gapStart, range.End, spans, primary: false);
        }
    }

    /// <summary>Single-quoted spans in [start, end). Closers are collected first so each opener finds its closer in O(1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindSingle(string text, int start, int end, List<QuoteSpan> spans, bool primary)
    {
        if (start >= end || text.AsSpan(start, end - start).IndexOfAny('\'', '\u2018', '\u2019') < 0)
        {
            return;
        }

        // closers[k] = position; nextClear[k] = index of the first unambiguous closer at or after k.
        // Scratch reused per thread (the finder is not re-entrant): most paragraphs have an apostrophe, so this runs often.
        var closers = scratchClosers ??= new List<int>();
        var ambiguous = scratchAmbiguous ??= new List<bool>();
        closers.Clear();
        ambiguous.Clear();
        for (var i = start; i < end; i++)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny('\'', '\u2019');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (QuoteMarks.IsSingleCloser(text, i, start, end, out var isAmbiguous))
            {
                closers.Add(i);
                ambiguous.Add(isAmbiguous);
            }
        }

        if (scratchNextClear is null || scratchNextClear.Length < closers.Count + 1)
        {
            scratchNextClear = new int[Math.Max(closers.Count + 1, 64)];
        }

        var nextClear = scratchNextClear;
        nextClear[closers.Count] = -1;
        var lastAmbiguous = -1;
        for (var k = closers.Count - 1; k >= 0; k--)
        {
            nextClear[k] = ambiguous[k] ? nextClear[k + 1] : k;
            if (ambiguous[k] && lastAmbiguous < 0)
            {
                lastAmbiguous = k;
            }
        }

        var pointer = 0;
        for (var i = start; i < end; i++)
        {
            var next = text.AsSpan(i, end - i).IndexOfAny('\'', '\u2018');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (!QuoteMarks.IsSingleOpener(text, i, start, end))
            {
                continue;
            }

            while (pointer < closers.Count && closers[pointer] <= i + 1)
            {
                pointer++;
            }

            var chosen = -1;
            if (pointer < closers.Count)
            {
                chosen = nextClear[pointer];
                if (chosen < 0 && lastAmbiguous >= pointer)
                {
                    chosen = lastAmbiguous;
                }
            }

            if (chosen >= 0)
            {
                AddSpan(text, i, closers[chosen] + 1, closed: true, spans);
                i = closers[chosen];
            }
            else if (primary)
            {
                // The text's own speech mark left open: the speech runs to the paragraph's end (and may continue in the next).
                AddSpan(text, i, TrimEnd(text, i + 1, end), closed: false, spans);
                return;
            }
        }
    }

    private static void AddSpan(string text, int open, int end, bool closed, List<QuoteSpan> spans)
    {
        var contentEnd = closed ? end - 1 : end;
        if (contentEnd <= open + 1)
        {
            return;
        }

        var style = text[open] switch
        {
            '"' => QuoteStyle.StraightDouble,
            '\u201C' => QuoteStyle.CurlyDouble,
            '\u2018' => QuoteStyle.CurlySingle,
            _ => QuoteStyle.StraightSingle,
        };
        spans.Add(new QuoteSpan(TextRange.FromBounds(open, end), text.Substring(open + 1, contentEnd - open - 1), style));
    }

    private static TextRange Trim(string text, TextRange range)
    {
        var start = range.Start;
        var end = range.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return TextRange.FromBounds(start, TrimEnd(text, start, end));
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
