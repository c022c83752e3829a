using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Text;

/// <summary>The hash and comparison <see cref="WordSet"/> and <see cref="WordMap{TValue}"/> use for ASCII words, ignoring case.</summary>
internal static class WordHash
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    /// <summary>The hash of a lower-case ASCII word.</summary>
    public static uint Of(string lower)
    {
        uint hash = Seed;
        foreach (char c in lower)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    /// <summary>The hash of <paramref name="word"/> in lower case, or false when it has a character outside ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryAscii(ReadOnlySpan<char> word, out uint hash)
    {
        hash = Seed;
        foreach (char c in word)
        {
            if (c >= 0x80)
            {
                return false;
            }

            hash = (hash ^ Lower(c)) * Prime;
        }

        return true;
    }

    /// <summary>Whether ASCII <paramref name="word"/> equals <paramref name="lower"/> (lower case, same length) ignoring case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool SameIgnoringAsciiCase(string lower, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (lower[i] != Lower(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
