using StoryBot.Corpus.Model;

namespace StoryBot.Data.Queries;

/// <summary>A character with aliases; <see cref="StoryId"/> null for library-wide characters.</summary>
public sealed record CharacterView(int Id, string Name, Gender Gender, int? StoryId, IReadOnlyList<string> Aliases, int LineCount);
