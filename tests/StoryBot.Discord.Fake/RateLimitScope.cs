namespace StoryBot.Discord.Fake;

/// <summary>Value of X-RateLimit-Scope on a 429 (rate-limits.mdx).</summary>
public enum RateLimitScope
{
    /// <summary>Per bot limit of the route ("user").</summary>
    User,

    /// <summary>The bot's global limit ("global", with X-RateLimit-Global: true).</summary>
    Global,

    /// <summary>A per-resource limit that does not count against the bot ("shared").</summary>
    Shared,
}
