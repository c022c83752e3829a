using System.Diagnostics;

namespace StoryBot.Bench.Measurement;

/// <summary>
/// Wall and CPU time of a phase. On a loaded machine wall time mostly measures the queue for a core; CPU time (user +
/// system of this process) is what the work itself cost, so both are reported.
/// </summary>
public readonly record struct CpuClock(long Started, TimeSpan CpuAtStart)
{
    public static CpuClock Start() => new(Stopwatch.GetTimestamp(), Cpu());

    public TimeSpan Wall => Stopwatch.GetElapsedTime(Started);

    public TimeSpan CpuUsed => Cpu() - CpuAtStart;

    public static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
