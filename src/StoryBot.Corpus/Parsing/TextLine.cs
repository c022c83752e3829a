using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Parsing;

/// <summary>One line of the decoded text: [Start, End) without the \n, and the same range with surrounding blanks trimmed.</summary>
internal readonly record struct TextLine(int Start, int End, int TrimStart, int TrimEnd)
{
    public bool IsBlank => TrimStart == TrimEnd;

    public int TrimmedLength => TrimEnd - TrimStart;

    public ReadOnlySpan<char> Trimmed(string text) => text.AsSpan(TrimStart, TrimEnd - TrimStart);

    /// <summary>Splits in one linear pass; whitespace includes NBSP, ideographic space and stray BOMs.</summary>
    public static List<TextLine> Split(string text, int from = 0) => Split(text, from, []);

    /// <summary>Appends the lines of <paramref name="text"/> from <paramref name="from"/> to <paramref name="lines"/> and returns it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<TextLine> Split(string text, int from, List<TextLine> lines)
    {
        int start = from;
        while (start <= text.Length)
        {
            int newline = text.AsSpan(start).IndexOf('\n');
            int end = newline < 0 ? text.Length : start + newline;
            ReadOnlySpan<char> span = text.AsSpan(start, end - start);
            int left = span.IndexOfAnyExcept(TextChars.Blank);
            if (left < 0)
            {
                lines.Add(new TextLine(start, end, end, end));
            }
            else
            {
                int right = span.LastIndexOfAnyExcept(TextChars.Blank);
                lines.Add(new TextLine(start, end, start + left, start + right + 1));
            }

            if (newline < 0)
            {
                break;
            }

            start = end + 1;
        }

        return lines;
    }
}
