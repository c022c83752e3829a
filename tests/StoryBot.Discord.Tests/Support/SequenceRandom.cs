using StoryBot.Discord.Hosting;

namespace StoryBot.Discord.Tests.Support;

/// <summary>A fixed "random" value for deterministic jitter.</summary>
internal sealed class FixedRandom(double value) : IRandomSource
{
    public double NextDouble() => value;
}
