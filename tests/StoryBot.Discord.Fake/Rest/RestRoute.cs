namespace StoryBot.Discord.Fake.Rest;

/// <summary>A REST route: method, template with the OpenAPI spec's parameter names, and its handler.</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Template">Path template below /api/v10, e.g. <c>/channels/{channel_id}/messages</c>.</param>
/// <param name="BotAuth">Whether <c>Authorization: Bot &lt;token&gt;</c> is required (interaction and webhook-token routes are not).</param>
/// <param name="Handler">Produces the answer.</param>
internal sealed record RestRoute(string Method, string Template, bool BotAuth, Func<RestContext, RestResult> Handler)
{
    public string Key => $"{Method} {Template}";

    public string[] Segments { get; } = Template.Trim('/').Split('/');

    /// <summary>Matches a concrete path; returns the route values or null.</summary>
    public Dictionary<string, string>? Match(string[] pathSegments)
    {
        if (pathSegments.Length != Segments.Length)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < Segments.Length; i++)
        {
            var segment = Segments[i];
            if (segment.StartsWith('{'))
            {
                values[segment[1..^1]] = Uri.UnescapeDataString(pathSegments[i]);
            }
            else if (!string.Equals(segment, pathSegments[i], StringComparison.Ordinal))
            {
                return null;
            }
        }

        return values;
    }
}
