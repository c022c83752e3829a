using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>
/// A quoted span of a paragraph and who says it. <see cref="Start"/>/<see cref="End"/> are chapter-text offsets including
/// the quote marks; <see cref="Text"/> excludes them. <see cref="SpeakerId"/> is null when attribution abstained.
/// </summary>
public sealed class DialogueLine
{
    public int Id { get; set; }

    public int ParagraphId { get; set; }

    public Paragraph Paragraph { get; set; } = null!;

    public int ChapterId { get; set; }

    public Chapter Chapter { get; set; } = null!;

    public int Start { get; set; }

    public int End { get; set; }

    public required string Text { get; set; }

    public DialogueKind Kind { get; set; }

    public QuoteStyle Style { get; set; }

    public int? SpeakerId { get; set; }

    public Character? Speaker { get; set; }

    public string? SpeakerMention { get; set; }

    public double Confidence { get; set; }

    public string? Sieve { get; set; }
}
