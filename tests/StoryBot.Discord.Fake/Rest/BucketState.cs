namespace StoryBot.Discord.Fake.Rest;

/// <summary>One rate-limit bucket (route + major parameter).</summary>
internal sealed class BucketState
{
    public required string Hash { get; init; }

    public required RouteLimit Limit { get; init; }

    public int Used { get; set; }

    public DateTimeOffset ResetAt { get; set; }

    /// <summary>When a 429 told the client to wait until this instant; a request before it is recorded as early.</summary>
    public DateTimeOffset? RetryNotBefore { get; set; }
}
