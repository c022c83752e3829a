using System.Text.RegularExpressions;

namespace StoryBot.Discord.Logging;

/// <summary>Removes secrets from text meant for logs and exception messages.</summary>
internal static partial class TokenScrubber
{
    public const string Placeholder = ":token";

    /// <summary>
    /// Replaces interaction/webhook tokens in URL paths (<c>/interactions/{id}/{token}</c>,
    /// <c>/webhooks/{id}/{token}</c>), <c>Bot …</c> authorization values, and <paramref name="botToken"/> anywhere.
    /// </summary>
    public static string Scrub(string? text, string? botToken = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        if (!string.IsNullOrEmpty(botToken))
        {
            text = text.Replace(botToken, "[bot token]", StringComparison.Ordinal);
        }

        text = PathToken().Replace(text, m => m.Groups["prefix"].Value + Placeholder);
        return AuthorizationValue().Replace(text, "Bot [bot token]");
    }

    [GeneratedRegex(@"(?<prefix>(?:interactions|webhooks)/\d+/)[^/?\s""]+", RegexOptions.CultureInvariant)]
    private static partial Regex PathToken();

    [GeneratedRegex(@"\bBot\s+[A-Za-z0-9_\-\.]{20,}", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationValue();
}
