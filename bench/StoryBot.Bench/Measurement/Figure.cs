namespace StoryBot.Bench.Measurement;

/// <summary>
/// One line of the results table: what was measured, the same-run baseline it is read against, and the target.
/// <see cref="Met"/> is null when the figure has no target.
/// </summary>
public sealed record Figure(string Group, string Name, double Value, string Unit)
{
    public string? Baseline { get; init; }

    public double? BaselineValue { get; init; }

    public string? Target { get; init; }

    public bool? Met { get; init; }

    public string? Note { get; init; }

    /// <summary>CPU seconds (user + system) the measured process spent on the figure's work, where known.</summary>
    public double? CpuSeconds { get; init; }
}
