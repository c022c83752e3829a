using StoryBot.Corpus.Model;

namespace StoryBot.Data.Trivia;

/// <summary>
/// One stored quoted span with its story and paragraph position. A line interrupted by its speech tag ("I think," he
/// said, "we should go.") is stored as two spans; trivia joins such neighbours back into one line.
/// </summary>
public sealed record TriviaSpan(
    long Id,
    long StoryId,
    long ChapterId,
    long ParagraphId,
    int ParagraphIndex,
    int Start,
    string Text,
    DialogueKind Kind,
    long? SpeakerId,
    double Confidence,
    string? SpeakerMention);
