using System.Buffers;
using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Recognises hard-wrapped text (Project Gutenberg, e-mail and archive exports: lines of about the same length that end
/// mid-sentence, a blank line between paragraphs) and joins each paragraph's lines into one. Two linear passes over the
/// line table; no regular expressions.
/// <list type="bullet">
/// <item>Wrapped: at least 8 text lines (a short one-shot is wrapped too); at least 40 % of them continue into a next text line; the wrap width (the
/// 95th percentile of line lengths) is 40–110 characters; of the continuing lines at least 70 % reach 60 % of that width
/// and at least 40 % end without a sentence break.</item>
/// <item>Joined: a line that reaches half the width continues the paragraph (a space between, none after a dash);
/// shorter lines (verse, a letter's address, "CHAPTER I.") and scene rules keep their line break. In text with no
/// blank lines between paragraphs, an indented line, or dialogue (a dash or an opening quote) after a finished sentence
/// on a line the next word would have fitted on, starts a new paragraph.</item>
/// </list>
/// </summary>
internal static class HardWrap
{
    private const int MinLines = 8;
    private const int MaxCountedLength = 200;
    private const int MinWidth = 40;
    private const int MaxWidth = 110;

    /// <summary>True when the lines look hard-wrapped; <paramref name="width"/> is the wrap width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsWrapped(string text, List<TextLine> lines, out int width)
    {
        width = 0;
        Span<int> histogram = stackalloc int[MaxCountedLength + 1];
        int paragraphIndent = ParagraphIndent(lines);
        int textLines = 0;
        int continuing = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            TextLine line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            textLines++;
            histogram[Math.Min(line.TrimmedLength, MaxCountedLength)]++;
            if (Continues(text, lines, i, paragraphIndent))
            {
                continuing++;
            }
        }

        if (textLines < MinLines || continuing * 10 < textLines * 4)
        {
            return false;
        }

        int above = 0;
        int limit = textLines / 20;
        int length = MaxCountedLength;
        for (; length > 0; length--)
        {
            above += histogram[length];
            if (above > limit)
            {
                break;
            }
        }

        if (length is < MinWidth or > MaxWidth)
        {
            return false;
        }

        int longLines = 0;
        int open = 0;
        int threshold = length * 6 / 10;
        for (int i = 0; i + 1 < lines.Count; i++)
        {
            TextLine line = lines[i];
            if (line.IsBlank || !Continues(text, lines, i, paragraphIndent))
            {
                continue;
            }

            longLines += line.TrimmedLength >= threshold ? 1 : 0;
            open += TextChars.IsSentenceEnd(text[line.TrimEnd - 1]) ? 0 : 1;
        }

        width = length;
        return longLines * 10 >= continuing * 7 && open * 10 >= continuing * 4;
    }

    /// <summary>The text with each wrapped paragraph on one line. Blank lines and short lines stay as they are.</summary>
    /// <remarks>
    /// Written into a pooled buffer of the text's length (each line gives at most its own characters and one separator,
    /// where the text has a line break), so the only allocation is the result.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Join(string text, List<TextLine> lines, int width)
    {
        int paragraphIndent = ParagraphIndent(lines);

        // The width a word had to fit in: the longest line near the estimate (a 95th percentile, a character or two short).
        int fitWidth = width;
        foreach (TextLine line in lines)
        {
            fitWidth = line.TrimmedLength <= width + (width / 10) ? Math.Max(fitWidth, line.TrimEnd - line.Start) : fitWidth;
        }

        // A paragraph opened without a blank line gets one: at most one more character per line than the text.
        char[] buffer = ArrayPool<char>.Shared.Rent(text.Length + lines.Count);
        try
        {
            int written = 0;
            int joinable = width / 2;
            bool continuing = false;
            for (int i = 0; i < lines.Count; i++)
            {
                TextLine line = lines[i];
                if (line.IsBlank)
                {
                    continuing = false;
                    written = AppendLineEnd(buffer, written, i, lines.Count);
                    continue;
                }

                ReadOnlySpan<char> part = text.AsSpan(continuing ? line.TrimStart : line.Start, line.TrimEnd - (continuing ? line.TrimStart : line.Start));
                part.CopyTo(buffer.AsSpan(written));
                written += part.Length;
                bool follows = i + 1 < lines.Count && !lines[i + 1].IsBlank
                    && !LineClassifier.IsRule(line.Trimmed(text)) && !LineClassifier.IsRule(lines[i + 1].Trimmed(text));
                bool join = follows && line.TrimmedLength >= joinable;
                if (follows && StartsParagraph(text, line, lines[i + 1], fitWidth, paragraphIndent))
                {
                    // No blank lines between paragraphs: the next line opens one (indented, or dialogue after a finished line).
                    continuing = false;
                    buffer[written++] = '\n';
                    buffer[written++] = '\n';
                    continue;
                }

                if (follows && !join && paragraphIndent != int.MaxValue && TextChars.IsSentenceEnd(text[line.TrimEnd - 1]))
                {
                    // No blank lines between paragraphs: a short line that ends a sentence ends its paragraph.
                    continuing = false;
                    buffer[written++] = '\n';
                    buffer[written++] = '\n';
                    continue;
                }

                if (join)
                {
                    char last = text[line.TrimEnd - 1];
                    if (last is not ('-' or '—' or '–'))
                    {
                        buffer[written++] = ' ';
                    }

                    continuing = true;
                }
                else
                {
                    continuing = false;
                    written = AppendLineEnd(buffer, written, i, lines.Count);
                }
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// True when <paramref name="next"/> opens a new paragraph in text without blank lines between paragraphs: it is
    /// indented to <paramref name="paragraphIndent"/> (text with hardly any blank lines), or it starts with dialogue (a
    /// dash or an opening quote) after a line that ends a sentence and is short enough that the next word would have
    /// fitted on it.
    /// </summary>
    private static bool StartsParagraph(string text, TextLine line, TextLine next, int width, int paragraphIndent)
    {
        if (next.TrimStart - next.Start >= paragraphIndent)
        {
            return true;
        }

        char first = text[next.TrimStart];
        char last = text[line.TrimEnd - 1];
        if (!IsDialogueOpener(first) || (!TextChars.IsSentenceEnd(last) && last != ':'))
        {
            return false;
        }

        int word = 0;
        while (next.TrimStart + word < next.TrimEnd && !char.IsWhiteSpace(text[next.TrimStart + word]))
        {
            word++;
        }

        return line.TrimEnd - line.Start + 1 + word <= width;
    }

    /// <summary>
    /// Paragraphs told apart by indentation (hardly any blank lines): the indent past the text's margin that opens one;
    /// <see cref="int.MaxValue"/> when the text has blank lines between its paragraphs.
    /// </summary>
    private static int ParagraphIndent(List<TextLine> lines)
    {
        int blank = 0;
        int margin = int.MaxValue;
        foreach (TextLine line in lines)
        {
            blank += line.IsBlank ? 1 : 0;
            margin = line.IsBlank ? margin : Math.Min(margin, line.TrimStart - line.Start);
        }

        return blank * 10 < lines.Count ? margin + 1 : int.MaxValue;
    }

    /// <summary>
    /// True when line <paramref name="i"/> runs on into the next text line: the next line is not blank and, in text with
    /// hardly any blank lines, does not plainly open a paragraph (indented, or dialogue after a finished sentence) — so
    /// em-dash dialogue one line per turn between wrapped narration does not hide the wrap.
    /// </summary>
    private static bool Continues(string text, List<TextLine> lines, int i, int paragraphIndent)
    {
        if (i + 1 >= lines.Count || lines[i + 1].IsBlank)
        {
            return false;
        }

        if (paragraphIndent == int.MaxValue)
        {
            return true;
        }

        TextLine next = lines[i + 1];
        if (next.TrimStart - next.Start >= paragraphIndent)
        {
            return false;
        }

        char last = text[lines[i].TrimEnd - 1];
        return !IsDialogueOpener(text[next.TrimStart]) || (!TextChars.IsSentenceEnd(last) && last != ':');
    }

    private static bool IsDialogueOpener(char c) => c is '—' or '―' or '"' or '“' or '«' or '‘';

    private static int AppendLineEnd(char[] buffer, int written, int index, int count)
    {
        if (index + 1 < count)
        {
            buffer[written++] = '\n';
        }

        return written;
    }
}
