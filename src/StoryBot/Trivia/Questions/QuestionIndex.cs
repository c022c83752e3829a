using StoryBot.Data.Trivia;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>
/// What every question of a library shares whatever slice of text it is drawn from: the compiled character names and
/// who speaks confidently in each story and fandom (the distractor pools).
/// </summary>
internal sealed class QuestionIndex(
    CharacterNames names,
    IReadOnlyDictionary<long, IReadOnlyList<long>> speakersByStory,
    IReadOnlyDictionary<string, IReadOnlyList<long>> speakersByFandom)
{
    public CharacterNames Names { get; } = names;

    /// <summary>Listed characters with at least one confidently attributed line in the story, most lines first.</summary>
    public IReadOnlyDictionary<long, IReadOnlyList<long>> SpeakersByStory { get; } = speakersByStory;

    /// <summary>The same across every story of a fandom (stories without a fandom form one group).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<long>> SpeakersByFandom { get; } = speakersByFandom;

    /// <summary>The index of a catalog, limited to <paramref name="stories"/> (e.g. without adult stories).</summary>
    public static QuestionIndex Of(TriviaCatalog catalog, IReadOnlyDictionary<long, TriviaStory> stories, CharacterNames? names = null)
    {
        var speakers = catalog.Speakers
            .Where(speaker => stories.ContainsKey(speaker.StoryId) && catalog.Characters.ContainsKey(speaker.CharacterId))
            .ToList();
        return new QuestionIndex(
            names ?? new CharacterNames(catalog.Characters.Values),
            speakers.GroupBy(speaker => speaker.StoryId).ToDictionary(group => group.Key, group => Ranked(group)),
            speakers.GroupBy(speaker => FandomOf(stories, speaker.StoryId)).ToDictionary(group => group.Key, group => Ranked(group)));
    }

    public static string FandomOf(IReadOnlyDictionary<long, TriviaStory> stories, long storyId) =>
        stories.TryGetValue(storyId, out var story) && !string.IsNullOrWhiteSpace(story.Fandom)
            ? story.Fandom.Trim().ToLowerInvariant()
            : string.Empty;

    private static IReadOnlyList<long> Ranked(IEnumerable<TriviaSpeaker> speakers) =>
        [.. speakers.GroupBy(speaker => speaker.CharacterId)
            .OrderByDescending(group => group.Sum(speaker => speaker.ConfidentLines))
            .ThenBy(group => group.Key)
            .Select(group => group.Key)];
}
