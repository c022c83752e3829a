using System.Diagnostics.Metrics;
using StoryBot.Discord.Diagnostics;

namespace StoryBot.Discord.Tests.Support;

/// <summary>Metrics on a private meter, for components built by hand.</summary>
internal static class TestMetrics
{
    public static DiscordMetrics Create() => new(new Meter(DiscordMetrics.MeterName));
}
