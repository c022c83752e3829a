namespace StoryBot.Discord.Fake.Schema;

/// <summary>
/// A place where the OpenAPI preview disagrees with the documentation (the docs win): violations whose route, JSON path
/// and keyword match are ignored.
/// </summary>
/// <param name="Route">Route key such as <c>POST /channels/{channel_id}/messages</c>, or null for every route.</param>
/// <param name="PathSuffix">Violation path suffix, e.g. <c>.allowed_mentions.parse</c>; empty matches every path.</param>
/// <param name="Keyword">Keyword to ignore, or null for any.</param>
/// <param name="Reason">Why the docs win, with the doc page.</param>
public sealed record SchemaException(string? Route, string PathSuffix, string? Keyword, string Reason)
{
    /// <summary>Built-in exceptions, each citing the doc that overrides the spec.</summary>
    public static IReadOnlyList<SchemaException> Defaults { get; } =
    [
        new(null, ".default_member_permissions", "type",
            "application-commands.mdx: default_member_permissions is a ?string (\"0\" disables the command); the spec says integer. DocsRules checks the string holds a decimal bit set."),
    ];

    public bool Covers(string routeKey, SchemaViolation violation) =>
        (Route is null || string.Equals(Route, routeKey, StringComparison.Ordinal))
        && violation.Path.EndsWith(PathSuffix, StringComparison.Ordinal)
        && (Keyword is null || string.Equals(Keyword, violation.Keyword, StringComparison.Ordinal));
}
