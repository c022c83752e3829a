namespace StoryBot.Bench.Suites;

/// <summary>What one import (in its own process) reported: timings, volume, memory and GC.</summary>
public sealed record ImportRun
{
    public double Seconds { get; init; }

    public double CpuSeconds { get; init; }

    /// <summary>PostgreSQL: CPU of the server backends serving the import's database (the client's is <see cref="CpuSeconds"/>).</summary>
    public double ServerCpuSeconds { get; init; }

    public double MigrateSeconds { get; init; }

    /// <summary>Paragraphs the store held before this import (0 = an empty store).</summary>
    public long ParagraphsBefore { get; init; }

    public long Bytes { get; init; }

    public int Imported { get; init; }

    public int Failed { get; init; }

    public long Paragraphs { get; init; }

    public long DialogueLines { get; init; }

    public long AttributedLines { get; init; }

    public long DatabaseBytes { get; init; }

    public long PeakWorkingSet { get; init; }

    public int Gen0 { get; init; }

    public int Gen1 { get; init; }

    public int Gen2 { get; init; }

    public long AllocatedBytes { get; init; }

    public double GcPauseMilliseconds { get; init; }

    /// <summary>Time the JIT spent compiling during the import (all threads), and how many methods it compiled.</summary>
    public double JitMilliseconds { get; init; }

    public long JitMethods { get; init; }

    public string? Summary { get; init; }

    /// <summary>The LOH threshold the child's GC actually used (GC.GetConfigurationVariables).</summary>
    public string? LohThreshold { get; init; }

    public string? FirstFailure { get; init; }

    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1_000_000d / Seconds : 0;
}
