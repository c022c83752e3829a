namespace StoryBot.Bench.Suites;

/// <summary>
/// The bot processes' CPU with no interactions, measured in the same run right after the warm-up: what they spend on
/// their own (gateway heartbeats, timers, background JIT, GC, the thread pool) whatever the load.
/// </summary>
public sealed record IdleBaseline(TimeSpan Cpu, double Seconds)
{
    public static IdleBaseline None { get; } = new(TimeSpan.Zero, 1);

    /// <summary>Milliseconds of CPU per second of wall time (all processes together).</summary>
    public double CpuMsPerSecond => Cpu.TotalMilliseconds / Math.Max(0.001, Seconds);
}
