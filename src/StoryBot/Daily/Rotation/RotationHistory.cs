namespace StoryBot.Daily.Rotation;

/// <summary>A server's rotation so far: the current cycle and the chapter keys already posted in it.</summary>
public sealed record RotationHistory(int Cycle, IReadOnlySet<string> PostedInCycle)
{
    public static RotationHistory Empty { get; } = new(0, new HashSet<string>(StringComparer.Ordinal));
}
