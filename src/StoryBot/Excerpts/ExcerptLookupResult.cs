using StoryBot.Commands;

namespace StoryBot.Excerpts;

/// <summary>Either where to read (and which words to bold) or the reply explaining why there is nothing.</summary>
public sealed record ExcerptLookupResult(ExcerptLocation? Location, IReadOnlyList<string> Highlight, BotReply? Problem)
{
    public static ExcerptLookupResult Found(ExcerptLocation location, IReadOnlyList<string>? highlight = null) => new(location, highlight ?? [], null);

    public static ExcerptLookupResult Fail(BotReply reply) => new(null, [], reply);

    public static ExcerptLookupResult Fail(string text) => Fail(BotReply.Ephemeral(text));
}
