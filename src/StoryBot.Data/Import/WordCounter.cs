using System.Runtime.CompilerServices;

namespace StoryBot.Data.Import;

/// <summary>Counts words as runs of letters and digits (an apostrophe or hyphen inside a word keeps it one word).</summary>
public static class WordCounter
{
    /// <remarks>
    /// Branch-free over the characters (this runs over every paragraph of an import): a letter or digit at i starts a
    /// word unless the character before is one too, or is a joiner (' ’ -) that itself follows a letter or digit —
    /// "don't", "half-demon" stay one word, "a--b" and "'tis" do not join.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Count(ReadOnlySpan<char> text)
    {
        int count = 0;
        int word1 = 0; // text[i - 1] is a letter or digit
        int word2 = 0; // text[i - 2] is a letter or digit
        int joiner1 = 0; // text[i - 1] is ' ’ or -
        foreach (char c in text)
        {
            int word = (c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)) ? 1 : 0;
            count += word & (word1 ^ 1) & ((joiner1 & word2) ^ 1);
            word2 = word1;
            word1 = word;
            joiner1 = c is '\'' or '’' or '-' ? 1 : 0;
        }

        return count;
    }
}
