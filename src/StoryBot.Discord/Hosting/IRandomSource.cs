namespace StoryBot.Discord.Hosting;

/// <summary>Randomness for jitter (seedable in tests).</summary>
internal interface IRandomSource
{
    /// <summary>A value in [0, 1).</summary>
    double NextDouble();
}
