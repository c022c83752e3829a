namespace StoryBot.Discord.Fake.Rest;

/// <summary>Outcome of rate limiting one request: headers to send and, when limited, the 429 or 5xx answer.</summary>
internal sealed record RateLimitDecision(IReadOnlyDictionary<string, string> Headers, RestResult? Rejection, string? Note);
