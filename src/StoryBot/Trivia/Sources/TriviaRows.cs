using StoryBot.Data.Trivia;
namespace StoryBot.Trivia.Sources;

/// <summary>The text of one slice of the library: its lines and its passage-length paragraphs.</summary>
public sealed record TriviaRows(IReadOnlyList<TriviaLine> Lines, IReadOnlyList<TriviaPassage> Passages)
{
    public static TriviaRows Empty { get; } = new([], []);
}
