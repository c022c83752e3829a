namespace StoryBot.Corpus.Model;

/// <summary>
/// What the attributor decided for one quoted span. <see cref="Speaker"/> is a listed character's name, or null when it
/// abstains; <see cref="SpeakerMention"/> keeps how the text named an unlisted speaker ("a drunk villager").
/// </summary>
public sealed record AttributedLine(
    QuoteSpan Quote,
    int ParagraphIndex,
    DialogueKind Kind,
    string? Speaker,
    double Confidence,
    string? SpeakerMention = null,
    string? Sieve = null);
