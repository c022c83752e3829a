using StoryBot.Corpus.Model;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// One quoted line of dialogue with what attribution decided about it. <see cref="SpeakerId"/> is a listed character
/// or null (abstained, or an unlisted speaker kept only as <see cref="SpeakerMention"/>).
/// <see cref="ParagraphIndex"/> counts paragraphs across the chapter and orders lines within it.
/// </summary>
public sealed record TriviaLine(
    long Id,
    long StoryId,
    long ChapterId,
    int ParagraphIndex,
    string Text,
    DialogueKind Kind,
    long? SpeakerId,
    double Confidence,
    string? SpeakerMention = null);
