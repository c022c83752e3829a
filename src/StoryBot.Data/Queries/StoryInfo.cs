namespace StoryBot.Data.Queries;

/// <summary>A story with its chapters in order and its most frequent speakers.</summary>
public sealed record StoryInfo(StorySummary Story, IReadOnlyList<ChapterSummary> Chapters, IReadOnlyList<SpeakerCount> TopSpeakers)
{
    public int SceneCount => Chapters.Sum(c => c.SceneCount);

    public int ParagraphCount => Chapters.Sum(c => c.ParagraphCount);

    public int DialogueCount => Chapters.Sum(c => c.DialogueCount);
}
