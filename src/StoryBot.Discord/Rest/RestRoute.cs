using StoryBot.Discord.Logging;

namespace StoryBot.Discord.Rest;

/// <summary>
/// One REST call: the concrete path, the route template that identifies its rate limit, and the major parameter
/// (channel, guild, webhook id + token, interaction) that splits the limit per resource (rate-limits.mdx).
/// </summary>
internal sealed record RestRoute(HttpMethod Method, string Path, string Template, string MajorParameter, bool IsInteractionEndpoint)
{
    /// <summary>Method and template, e.g. <c>POST /channels/{channel_id}/messages</c>: the key Discord's bucket hash is learned for.</summary>
    public string RouteKey => $"{Method.Method} {Template}";

    /// <summary>Log-safe description (tokens replaced).</summary>
    public string Display => $"{Method.Method} /{TokenScrubber.Scrub(Path)}";

    public override string ToString() => Display;
}
