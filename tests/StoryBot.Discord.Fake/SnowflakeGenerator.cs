namespace StoryBot.Discord.Fake;

/// <summary>Makes Discord snowflakes (reference.mdx "Snowflakes": ms since 2015 &lt;&lt; 22 | worker | process | increment).</summary>
internal sealed class SnowflakeGenerator(TimeProvider timeProvider)
{
    private const long DiscordEpochMs = 1420070400000;
    private long increment;

    public ulong Next()
    {
        var ms = timeProvider.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs;
        var inc = (ulong)(Interlocked.Increment(ref increment) & 0xFFF);
        // worker 1, process 1 keep ids distinct from the fixed ids used by options.
        return ((ulong)Math.Max(ms, 0) << 22) | (1UL << 17) | (1UL << 12) | inc;
    }

    public static DateTimeOffset TimestampOf(ulong snowflake) =>
        DateTimeOffset.FromUnixTimeMilliseconds((long)(snowflake >> 22) + DiscordEpochMs);
}
