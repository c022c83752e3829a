namespace StoryBot.Bench.Measurement;

/// <summary>GC counters at one moment; subtract two to see what a phase cost.</summary>
public readonly record struct GcSnapshot(int Gen0, int Gen1, int Gen2, long AllocatedBytes, TimeSpan Paused)
{
    public static GcSnapshot Now() => new(
        GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: false), GC.GetTotalPauseDuration());

    public GcSnapshot Since(GcSnapshot start) => new(
        Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, AllocatedBytes - start.AllocatedBytes, Paused - start.Paused);

    public override string ToString() =>
        $"gen0 {Gen0}, gen1 {Gen1}, gen2 {Gen2}, {AllocatedBytes / 1_000_000d:0} MB allocated, {Paused.TotalMilliseconds:0} ms paused";
}
