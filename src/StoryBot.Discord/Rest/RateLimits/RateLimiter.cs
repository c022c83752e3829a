namespace StoryBot.Discord.Rest.RateLimits;

internal sealed class RateLimiter;
