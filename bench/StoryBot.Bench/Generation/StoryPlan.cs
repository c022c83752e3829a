namespace StoryBot.Bench.Generation;

/// <summary>What stays the same across one generated story's chapters.</summary>
internal sealed record StoryPlan(string Title, string Author, string Rating, int Chapters, int HeaderStyle);
