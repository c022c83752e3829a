namespace StoryBot.Data.Import;

/// <summary>What the store already holds for a file path, read once when an import starts.</summary>
internal sealed record ExistingChapter(int Id, string SourcePath, string ContentHash, string? SettingsHash);
