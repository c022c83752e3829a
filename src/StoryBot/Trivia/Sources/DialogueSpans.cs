using StoryBot.Data.Trivia;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// Stored quoted spans into trivia lines. A line interrupted by its speech tag ("I think," he said, "we should go.") is
/// stored as two spans; <see cref="Merge"/> joins such neighbours back into one line when the same listed speaker says
/// both, at the lower of their confidences.
/// </summary>
internal static class DialogueSpans
{
    public static IReadOnlyList<TriviaLine> Merge(IEnumerable<TriviaSpan> spans)
    {
        var lines = new List<TriviaLine>();
        TriviaSpan? previous = null;
        foreach (var span in spans.OrderBy(span => span.ChapterId).ThenBy(span => span.ParagraphIndex).ThenBy(span => span.Start))
        {
            var continues = previous is not null
                && previous.ParagraphId == span.ParagraphId
                && previous.Kind == span.Kind
                && span.SpeakerId is not null
                && previous.SpeakerId == span.SpeakerId;
            if (continues)
            {
                var last = lines[^1];
                lines[^1] = last with
                {
                    Text = last.Text.TrimEnd() + " " + span.Text.TrimStart(),
                    Confidence = Math.Min(last.Confidence, span.Confidence),
                };
            }
            else
            {
                lines.Add(new TriviaLine(span.Id, span.StoryId, span.ChapterId, span.ParagraphIndex, span.Text, span.Kind, span.SpeakerId, span.Confidence, span.SpeakerMention));
            }

            previous = span;
        }

        return lines;
    }
}
