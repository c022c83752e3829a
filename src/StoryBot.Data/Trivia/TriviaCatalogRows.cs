namespace StoryBot.Data.Trivia;

/// <summary>Everything trivia keeps about one library scope: stories, chapters, characters, confident speakers and row counts.</summary>
public sealed record TriviaCatalogRows(
    IReadOnlyList<TriviaStory> Stories,
    IReadOnlyList<TriviaChapter> Chapters,
    IReadOnlyList<TriviaCharacter> Characters,
    IReadOnlyList<TriviaSpeaker> Speakers,
    int LineCount,
    int ParagraphCount);
