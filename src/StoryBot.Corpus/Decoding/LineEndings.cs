using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Decoding;

/// <summary>Normalises CRLF and lone CR to LF in place. Only \r is touched (never U+0085 or U+2028, which are text).</summary>
internal static class LineEndings
{
    /// <summary>Rewrites <paramref name="chars"/> in place and returns the new length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int NormaliseInPlace(Span<char> chars)
    {
        int read = chars.IndexOf('\r');
        if (read < 0)
        {
            return chars.Length;
        }

        int write = read;
        while (read < chars.Length)
        {
            // chars[read] is '\r' here.
            chars[write++] = '\n';
            read++;
            if (read < chars.Length && chars[read] == '\n')
            {
                read++;
            }

            int next = chars[read..].IndexOf('\r');
            int runEnd = next < 0 ? chars.Length : read + next;
            chars[read..runEnd].CopyTo(chars[write..]);
            write += runEnd - read;
            read = runEnd;
        }

        return write;
    }
}
