namespace StoryBot.Discord.Fake.Rest;

/// <summary>A fault a test queued: the next <see cref="Remaining"/> requests matching <see cref="Route"/> fail.</summary>
internal sealed class InjectedFault
{
    /// <summary>Route key (<c>"POST /channels/{channel_id}/messages"</c>) or null for any route.</summary>
    public string? Route { get; init; }

    public int Remaining { get; set; }

    /// <summary>429 or a 5xx status.</summary>
    public int Status { get; init; }

    public TimeSpan RetryAfter { get; init; }

    public RateLimitScope Scope { get; init; }

    public bool Matches(string routeKey) => Route is null || string.Equals(Route, routeKey, StringComparison.Ordinal);
}
