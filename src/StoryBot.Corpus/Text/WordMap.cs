using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace StoryBot.Corpus.Text;

/// <summary>
/// A fixed word → value table looked up by span, ignoring case: exactly the answers of the
/// <see cref="StringComparer.OrdinalIgnoreCase"/> dictionary it is built from (see <see cref="WordSet"/>: ASCII input is
/// hashed and compared here, anything else is asked of the dictionary).
/// </summary>
internal sealed class WordMap<TValue>
{
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _map;
    private readonly string?[] _keys;
    private readonly TValue[] _values;
    private readonly int _mask;
    private readonly int _maxLength;
    private readonly bool _mapOnly;

    public WordMap(Dictionary<string, TValue> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (!ReferenceEquals(words.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("The dictionary must compare with StringComparer.OrdinalIgnoreCase.", nameof(words));
        }

        _map = words.GetAlternateLookup<ReadOnlySpan<char>>();
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, words.Count * 2));
        _keys = new string?[size];
        _values = new TValue[size];
        _mask = size - 1;
        foreach ((string word, TValue value) in words)
        {
            if (!Ascii.IsValid(word))
            {
                _mapOnly = true; // a word outside ASCII: every lookup goes to the dictionary
                continue;
            }

            string lower = word.ToLowerInvariant();
            _maxLength = Math.Max(_maxLength, lower.Length);
            int slot = (int)(WordHash.Of(lower) & (uint)_mask);
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = lower;
            _values[slot] = value;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryGetValue(ReadOnlySpan<char> word, out TValue value)
    {
        if (_mapOnly || !WordHash.TryAscii(word, out uint hash))
        {
            return _map.TryGetValue(word, out value!);
        }

        if (word.Length <= _maxLength)
        {
            for (int slot = (int)(hash & (uint)_mask); _keys[slot] is { } listed; slot = (slot + 1) & _mask)
            {
                if (listed.Length == word.Length && WordHash.SameIgnoringAsciiCase(listed, word))
                {
                    value = _values[slot];
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }
}
