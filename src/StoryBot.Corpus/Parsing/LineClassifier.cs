using System.Runtime.CompilerServices;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Recognises scene-break lines: rules (<c>***</c>, <c>---</c>, <c>~~~</c>, <c>o0o</c>, <c>oOo</c>, <c>* * *</c>, <c>-x-x-</c>,
/// <c>~*~</c>, "Line Break"), location headings (<c>- (Inside the Seal) -</c>, <c>~Konoha~</c>, <c>[Hokage Tower]</c>),
/// flashback markers (<c>xx Flashback xx</c>, <c>xx End Flashback xx</c>) and end-of-chapter lines ("To be continued").
/// Only short lines are examined, so the cost is bounded per line and linear overall.
/// </summary>
internal static class LineClassifier
{
    private const int MaxMarkerLength = 80;
    private const int MaxHeadingWords = 8;

    private static readonly HashSet<string> RuleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "line break", "linebreak", "scene break", "scenebreak", "page break", "break", "scene change", "change of scene",
        "time skip", "timeskip", "time-skip", "pov change", "pov switch", "break line",
    };

    private static readonly HashSet<string> FlashbackStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "flashback", "flash back", "flashback start", "flashback starts", "start flashback", "begin flashback",
        "flashback begins", "flashback no jutsu", "flashback jutsu", "memory", "dream", "dream sequence", "start of flashback",
    };

    private static readonly HashSet<string> FlashbackEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "end flashback", "end flash back", "flashback end", "flashback ends", "end of flashback", "flashback over",
        "flashback kai", "end flashback no jutsu", "back to the present", "back to present", "present", "present time",
        "present day", "end memory", "end dream", "end of dream", "flashback ended", "end of memory",
    };

    private static readonly HashSet<string> EndOfChapter = new(StringComparer.OrdinalIgnoreCase)
    {
        "to be continued", "tbc", "the end", "fin", "end", "end of chapter", "chapter end", "end chapter",
        "to be continued...", "to be continued…",
    };

    private static readonly WordSet RuleWordLookup = new(RuleWords);
    private static readonly WordSet FlashbackStartLookup = new(FlashbackStarts);
    private static readonly WordSet FlashbackEndLookup = new(FlashbackEnds);
    private static readonly WordSet EndOfChapterLookup = new(EndOfChapter);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static LineMarker Classify(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line.Length > MaxMarkerLength)
        {
            return LineMarker.None;
        }

        if (IsRule(line))
        {
            return new LineMarker(MarkerKind.Rule);
        }

        // Spans all the way: this runs for every short line of every chapter, and nearly all of them are prose.
        ReadOnlySpan<char> core = StripDecoration(line, out bool decoratedLeft, out bool decoratedRight, out bool bracketed);
        if (core.Length == 0)
        {
            return LineMarker.None;
        }

        ReadOnlySpan<char> words = CollapseSpaces(core.TrimEnd(".…!:").Trim());
        if (FlashbackEndLookup.Contains(words) && (decoratedLeft || decoratedRight || bracketed || !words.Equals("present", StringComparison.OrdinalIgnoreCase)))
        {
            return new LineMarker(MarkerKind.FlashbackEnd);
        }

        if (FlashbackStartLookup.Contains(words) && (decoratedLeft || decoratedRight || bracketed || words.Contains("flash", StringComparison.OrdinalIgnoreCase)))
        {
            return new LineMarker(MarkerKind.FlashbackStart);
        }

        if (TryCaptionedFlashback(words, out string? caption))
        {
            return new LineMarker(MarkerKind.FlashbackStart, caption);
        }

        if (RuleWordLookup.Contains(words))
        {
            return new LineMarker(MarkerKind.Rule);
        }

        if (EndOfChapterLookup.Contains(words) && (decoratedLeft || decoratedRight || bracketed || words.Length > 3 || words.Equals("tbc", StringComparison.OrdinalIgnoreCase)))
        {
            return new LineMarker(MarkerKind.EndOfChapter);
        }

        bool decorated = (decoratedLeft && decoratedRight) || bracketed;
        return decorated && IsHeadingText(core) ? new LineMarker(MarkerKind.LocationHeading, core.ToString()) : LineMarker.None;
    }

    /// <summary>A line drawn only from rule symbols (and o/O/0/x/X decorations), e.g. <c>***</c>, <c>o0o</c>, <c>-x-x-</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        int symbols = 0;
        int strong = 0;
        int letters = 0;
        int dots = 0;
        bool zero = false;
        bool lowerO = false;
        bool upperO = false;
        bool x = false;
        foreach (char c in line)
        {
            switch (c)
            {
                case ' ' or '\t' or '\u00A0':
                    continue;
                case 'o':
                    lowerO = true;
                    letters++;
                    continue;
                case 'O':
                    upperO = true;
                    letters++;
                    continue;
                case '0':
                    zero = true;
                    letters++;
                    continue;
                case 'x' or 'X':
                    x = true;
                    letters++;
                    continue;
                case '.':
                    dots++;
                    symbols++;
                    continue;
                default:
                    if (!TextChars.RuleSymbols.Contains(c))
                    {
                        return false;
                    }

                    symbols++;
                    strong += TextChars.StrongRuleSymbols.Contains(c) ? 1 : 0;
                    continue;
            }
        }

        int total = symbols + letters;
        if (total == 0 || dots == total)
        {
            return false; // "..." on its own is a beat of silence, not a rule.
        }

        if (letters == 0)
        {
            return total >= 3 || strong > 0;
        }

        if (symbols > 0)
        {
            return total >= 3;
        }

        // Letters only: oOo, o0o, OoOoO, xXx, xxx — but not an "Ooo" of surprise.
        return total >= 3 && (zero || (lowerO && upperO && !line.StartsWith("Oo", StringComparison.Ordinal)) || (x && !lowerO && !upperO) || (lowerO && upperO && total >= 4));
    }

    private static bool TryCaptionedFlashback(ReadOnlySpan<char> words, out string? caption)
    {
        caption = null;
        if (!words.StartsWith("flashback", StringComparison.OrdinalIgnoreCase) || words.Length <= 9 || char.IsLetter(words[9]))
        {
            return false;
        }

        ReadOnlySpan<char> rest = words[9..].TrimStart(" :-–—,(").TrimEnd(") ");
        if (rest.Length == 0 || rest.Length > 50)
        {
            return false;
        }

        caption = rest.ToString();
        return true;
    }

    private static bool IsHeadingText(ReadOnlySpan<char> core)
    {
        if (core.Length is 0 or > 60 || !(char.IsUpper(core[0]) || char.IsDigit(core[0])))
        {
            return false;
        }

        char last = core[^1];
        if (last is '.' or '!' or '?' or ',' or ';' or '"' or '”' || core.IndexOfAny("\"“”") >= 0)
        {
            return false;
        }

        int words = 1;
        foreach (char c in core)
        {
            words += c == ' ' ? 1 : 0;
        }

        return words <= MaxHeadingWords;
    }

    /// <summary>
    /// Strips symbols and decoration tokens (xx, oOo, o0o) from both ends, then one pair of brackets.
    /// Single emphasis marks (<c>*sigh*</c>, <c>_word_</c>) do not count as decoration.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ReadOnlySpan<char> StripDecoration(ReadOnlySpan<char> line, out bool left, out bool right, out bool bracketed)
    {
        ReadOnlySpan<char> span = line.Trim();
        int before = span.Length;
        span = TrimDecorationTokens(span, fromStart: true);
        left = span.Length < before && !IsEmphasisOnly(line, fromStart: true);
        before = span.Length;
        span = TrimDecorationTokens(span, fromStart: false);
        right = span.Length < before && !IsEmphasisOnly(line, fromStart: false);

        bracketed = false;
        if (span.Length >= 2 && IsBracketPair(span[0], span[^1]))
        {
            ReadOnlySpan<char> inner = span[1..^1];
            if (inner.IndexOfAny("()[]{}<>") < 0)
            {
                // Plain "(…)" needs decoration around it to be a heading ("- (Inside the Seal) -"); "[…]" stands alone.
                bracketed = span[0] is '[' or '{' or '<' || left || right;
                span = inner.Trim();
            }
        }

        return span;
    }

    private static bool IsEmphasisOnly(ReadOnlySpan<char> line, bool fromStart)
    {
        ReadOnlySpan<char> trimmed = line.Trim();
        if (trimmed.Length < 3)
        {
            return false;
        }

        char mark = fromStart ? trimmed[0] : trimmed[^1];
        char next = fromStart ? trimmed[1] : trimmed[^2];
        return mark is '*' or '_' && char.IsLetterOrDigit(next);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> TrimDecorationTokens(ReadOnlySpan<char> span, bool fromStart)
    {
        while (!span.IsEmpty)
        {
            int before = span.Length;
            if (fromStart)
            {
                int first = span.IndexOfAnyExcept(TextChars.Decoration);
                span = first < 0 ? [] : span[first..];
            }
            else
            {
                int last = span.LastIndexOfAnyExcept(TextChars.Decoration);
                span = span[..(last + 1)];
            }

            int token = fromStart ? span.IndexOfAny(' ', '\t') : span.LastIndexOfAny(' ', '\t');
            if (token > 0)
            {
                ReadOnlySpan<char> word = fromStart ? span[..token] : span[(token + 1)..];
                if (IsDecorationWord(word))
                {
                    span = fromStart ? span[token..] : span[..token];
                }
            }

            if (span.Length == before)
            {
                return span;
            }
        }

        return span;
    }

    private static bool IsDecorationWord(ReadOnlySpan<char> word) =>
        (word.Length >= 2 && (!word.ContainsAnyExcept('x', 'X') || IsRule(word))) || word is "x" or "X" or "o" or "0";

    private static bool IsBracketPair(char open, char close) =>
        (open, close) is ('(', ')') or ('[', ']') or ('{', '}') or ('<', '>');

    private static ReadOnlySpan<char> CollapseSpaces(ReadOnlySpan<char> value)
    {
        if (!value.Contains("  ", StringComparison.Ordinal) && !value.Contains('\t'))
        {
            return value;
        }

        string text = value.ToString();
        return string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
