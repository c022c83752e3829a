using StoryBot.Commands;

namespace StoryBot.Excerpts;

/// <summary>
/// Either where to read (which words to bold, and a note for the first page: what was searched, whether the character
/// speaks there) or the reply explaining why there is nothing.
/// </summary>
public sealed record ExcerptLookupResult(ExcerptLocation? Location, IReadOnlyList<string> Highlight, BotReply? Problem)
{
    public string? Note { get; init; }

    public static ExcerptLookupResult Found(ExcerptLocation location, IReadOnlyList<string>? highlight = null, string? note = null) =>
        new(location, highlight ?? [], null) { Note = note };

    public static ExcerptLookupResult Fail(BotReply reply) => new(null, [], reply);

    public static ExcerptLookupResult Fail(string text) => Fail(BotReply.Ephemeral(text));
}
