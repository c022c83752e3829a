namespace StoryBot.Corpus.Model;

/// <summary>Content rating. Mature and Explicit stories are served only in NSFW channels and DMs.</summary>
public enum Rating
{
    Unrated = 0,
    General = 1,
    Teen = 2,
    Mature = 3,
    Explicit = 4,
}
