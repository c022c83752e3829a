using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>A story as stored after an upload: what the admin's reply shows.</summary>
internal sealed record StoredStory(string Title, string? Author, Rating Rating, int Chapters);
