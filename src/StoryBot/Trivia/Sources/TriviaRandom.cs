namespace StoryBot.Trivia.Sources;

/// <summary>The randomness trivia draws with; tests register a seeded one for repeatable games.</summary>
public sealed class TriviaRandom(Random random)
{
    public TriviaRandom()
        : this(Random.Shared)
    {
    }

    public Random Random { get; } = random;
}
