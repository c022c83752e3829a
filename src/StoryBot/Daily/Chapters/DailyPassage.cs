namespace StoryBot.Daily.Chapters;

/// <summary>A run of paragraphs for the "Read an excerpt" button; <see cref="NextParagraph"/> is null at the chapter's end.</summary>
public sealed record DailyPassage(long ChapterId, string StoryTitle, string ChapterLabel, Corpus.Model.Rating Rating, string Text, int? NextParagraph);
