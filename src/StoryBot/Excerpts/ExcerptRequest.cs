namespace StoryBot.Excerpts;

/// <summary>The options of one /excerpt.</summary>
public sealed record ExcerptRequest(string? Story, long? Chapter, string? Character, string? Search);
