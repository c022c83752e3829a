using StoryBot.Corpus.Model;

namespace StoryBot.Data.Trivia;

/// <summary>A story as trivia sees it: an id, a title to offer as a choice, and its rating for channel gating.</summary>
public sealed record TriviaStory(long Id, string Title, Rating Rating = Rating.Unrated, string? Fandom = null)
{
    /// <summary>Mature and Explicit stories are only used in NSFW channels and DMs, like everywhere else in StoryBot.</summary>
    public bool IsAdult => Rating is Rating.Mature or Rating.Explicit;
}
