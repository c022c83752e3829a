namespace StoryBot.Daily.Rotation;

/// <summary>
/// A stable pseudo-random order per server and cycle: chapters are sorted by a SplitMix64 hash of
/// (server id, cycle, chapter id). The same inputs give the same order on every machine and run (no
/// <see cref="string.GetHashCode()"/>, no <see cref="Random"/>), each server reads the library in its own order,
/// and each cycle is reshuffled. A chapter added later gets its own place in the order of the running cycle.
/// </summary>
public static class RotationOrder
{
    public static ulong Key(ulong guildId, int cycle, long chapterId)
    {
        var seed = Mix(guildId ^ Mix(unchecked((ulong)cycle + 0x9E3779B97F4A7C15UL)));
        return Mix(seed ^ unchecked((ulong)chapterId));
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
