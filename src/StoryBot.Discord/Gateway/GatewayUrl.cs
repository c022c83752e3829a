using System.Diagnostics.CodeAnalysis;

namespace StoryBot.Discord.Gateway;

/// <summary>Gateway URLs: which ones a WebSocket can open, and the query every connection carries (gateway.mdx#connecting).</summary>
internal static class GatewayUrl
{
    /// <summary>An absolute <c>wss://</c> or <c>ws://</c> URL (anything else ClientWebSocket refuses with an ArgumentException).</summary>
    public static bool IsWebSocketUrl(string? text, [NotNullWhen(true)] out Uri? url)
    {
        url = Uri.TryCreate(text, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeWss || parsed.Scheme == Uri.UriSchemeWs) ? parsed : null;
        return url is not null;
    }

    /// <summary>
    /// <c>?v=10&amp;encoding=json</c> on the given gateway URL (gateway.mdx#connecting); the URL's own parameters are
    /// kept after them, except its own <c>v</c>, <c>encoding</c> and <c>compress</c> (we ask for no compression).
    /// </summary>
    public static Uri WithQuery(Uri gatewayUrl)
    {
        ArgumentNullException.ThrowIfNull(gatewayUrl);
        var own = gatewayUrl.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Split('=')[0] is not ("v" or "encoding" or "compress"));
        var builder = new UriBuilder(gatewayUrl) { Query = string.Join('&', ["v=10", "encoding=json", .. own]) };
        if (string.IsNullOrEmpty(builder.Path))
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }
}
