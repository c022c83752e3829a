namespace StoryBot.Discord.Hosting;

internal sealed class SystemRandomSource : IRandomSource
{
#pragma warning disable CA5394 // jitter, not security
    public double NextDouble() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}
