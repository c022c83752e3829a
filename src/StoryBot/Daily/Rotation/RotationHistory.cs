namespace StoryBot.Daily.Rotation;

/// <summary>A server's rotation so far: the current cycle and the chapters already posted in it.</summary>
public sealed record RotationHistory(int Cycle, IReadOnlySet<long> PostedInCycle)
{
    public static RotationHistory Empty { get; } = new(0, new HashSet<long>());
}
