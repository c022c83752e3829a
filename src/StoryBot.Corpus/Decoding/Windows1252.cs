using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Decoding;

/// <summary>
/// Windows-1252 decoding without registering a code-page provider: Latin-1 plus the 0x80–0x9F block of smart quotes,
/// dashes and the ellipsis that old fan-fiction files are full of. The five unassigned bytes map to the C1 controls
/// of the same value, like the Windows "best fit" table does.
/// </summary>
internal static class Windows1252
{
    private static readonly char[] HighBlock =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>Decodes <paramref name="bytes"/> into <paramref name="destination"/> (same length); returns the char count.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Decode(ReadOnlySpan<byte> bytes, Span<char> destination)
    {
        // Latin-1 is vectorised; only 0x80–0x9F differ from Windows-1252, so patch those afterwards.
        int written = System.Text.Encoding.Latin1.GetChars(bytes, destination);
        Span<char> chars = destination[..written];
        int index = chars.IndexOfAnyInRange('\u0080', '\u009F');
        while (index >= 0)
        {
            chars[index] = HighBlock[chars[index] - 0x80];
            int next = chars[(index + 1)..].IndexOfAnyInRange('\u0080', '\u009F');
            index = next < 0 ? -1 : index + 1 + next;
        }

        return written;
    }
}
