namespace StoryBot.Data.Trivia;

/// <summary>
/// A random seek into an id range: rows from <see cref="At"/> onwards first, then from <see cref="First"/> up to
/// <see cref="At"/> (wrapping around), so any position finds rows when there are some.
/// </summary>
public readonly record struct TriviaSeek(int First, int At, bool ExcludeAdult);
