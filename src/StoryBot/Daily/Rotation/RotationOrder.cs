using System.Text;

namespace StoryBot.Daily.Rotation;

/// <summary>
/// A stable pseudo-random order per server and cycle: chapters are sorted by a 64-bit hash of (server id, cycle,
/// chapter key) — FNV-1a over the key's UTF-8 bytes, finished with SplitMix64. The same inputs give the same order on
/// every machine and run (no <see cref="string.GetHashCode()"/>, no <see cref="Random"/>); each server reads the
/// library in its own order; each cycle is reshuffled; a chapter added later gets its own place in the running cycle.
/// </summary>
public static class RotationOrder
{
    public static ulong Key(ulong guildId, int cycle, string chapterKey)
    {
        ArgumentNullException.ThrowIfNull(chapterKey);
        var seed = Mix(guildId ^ Mix(unchecked((ulong)cycle)));
        return Mix(seed ^ Fnv1a(chapterKey));
    }

    private static ulong Fnv1a(string text)
    {
        unchecked
        {
            var hash = 0xCBF29CE484222325UL;
            foreach (var b in Encoding.UTF8.GetBytes(text))
            {
                hash = (hash ^ b) * 0x100000001B3UL;
            }

            return hash;
        }
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
