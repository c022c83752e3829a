using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// One fixed-rate phase of <see cref="InteractionScaleSuite"/>: the round trips, what was achieved (answered per second
/// from the first send to the last callback), the bot processes' CPU (user + system, all processes together) over a
/// window of <see cref="WindowSeconds"/>, and the same run's idle baseline.
/// </summary>
public sealed record ScalePhase(int Rate, LoadResult Load, double AnsweredPerSecond, TimeSpan BotCpu, double WindowSeconds, IdleBaseline Idle)
{
    /// <summary>The bot's CPU per interaction sent, in milliseconds, everything included (what <c>process.cpuUsage()</c> shows).</summary>
    public double CpuMsPerInteraction => BotCpu.TotalMilliseconds / Math.Max(1, Load.Sent);

    /// <summary>
    /// The marginal CPU per interaction: the window's CPU minus what the idle processes spend in as long a window,
    /// per interaction sent.
    /// </summary>
    public double MarginalCpuMsPerInteraction => (BotCpu.TotalMilliseconds - (Idle.CpuMsPerSecond * WindowSeconds)) / Math.Max(1, Load.Sent);

    public Percentiles Latency => Load.Latency;
}
