using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace StoryBot.Corpus.Text;

/// <summary>
/// A fixed word list looked up by span, ignoring case: exactly the answers of the
/// <see cref="StringComparer.OrdinalIgnoreCase"/> set it is built from. ASCII input is hashed and compared here, in code
/// compiled optimised at its first call; input with any other character ("thıs", whose dotless i folds to I) is asked of
/// that set. The generic set's own lookup runs instrumented and then recompiled during the first seconds of an import,
/// when the sieves call it millions of times.
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _set;
    private readonly string?[] _slots;
    private readonly int _mask;
    private readonly int _maxLength;
    private readonly bool _setOnly;

    public WordSet(HashSet<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The set must compare with StringComparer.OrdinalIgnoreCase.", nameof(words));
        }

        _set = words.GetAlternateLookup<ReadOnlySpan<char>>();
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, words.Count * 2));
        _slots = new string?[size];
        _mask = size - 1;
        foreach (string word in words)
        {
            if (!Ascii.IsValid(word))
            {
                _setOnly = true; // a word outside ASCII: every lookup goes to the set
                continue;
            }

            string lower = word.ToLowerInvariant();
            _maxLength = Math.Max(_maxLength, lower.Length);
            int slot = (int)(WordHash.Of(lower) & (uint)_mask);
            while (_slots[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = lower;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Contains(ReadOnlySpan<char> word)
    {
        if (_setOnly)
        {
            return _set.Contains(word);
        }

        // Ordinal equality ignoring case needs equal lengths, so a longer word than any listed is never in the set.
        if (word.Length > _maxLength)
        {
            return false;
        }

        if (!WordHash.TryAscii(word, out uint hash))
        {
            return _set.Contains(word);
        }

        for (int slot = (int)(hash & (uint)_mask); _slots[slot] is { } listed; slot = (slot + 1) & _mask)
        {
            if (listed.Length == word.Length && WordHash.SameIgnoringAsciiCase(listed, word))
            {
                return true;
            }
        }

        return false;
    }
}
