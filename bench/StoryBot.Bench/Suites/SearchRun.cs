namespace StoryBot.Bench.Suites;

/// <summary>What one pass of search queries measured (see <see cref="SearchBench"/>), and the latencies of the warm-up pass before it.</summary>
public sealed record SearchRun(IReadOnlyList<double> Milliseconds, int Empty, int Partial, TimeSpan Cpu, TimeSpan ServerCpu, IReadOnlyList<double> FirstPass);
