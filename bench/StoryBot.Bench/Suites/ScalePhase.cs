using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// One fixed-rate phase of <see cref="InteractionScaleSuite"/>: the round trips, what was achieved (answered per second
/// from the first send to the last callback), and the bot processes' CPU (user + system, all processes together).
/// </summary>
public sealed record ScalePhase(int Rate, LoadResult Load, double AnsweredPerSecond, TimeSpan BotCpu)
{
    /// <summary>The bot's CPU per interaction sent, in milliseconds (all processes together).</summary>
    public double CpuMsPerInteraction => BotCpu.TotalMilliseconds / Math.Max(1, Load.Sent);

    public Percentiles Latency => Load.Latency;
}
