namespace StoryBot.Corpus.Model;

/// <summary>Author's notes, disclaimers and numbered footnotes: kept, never served as story text or trivia.</summary>
public sealed record Note(NoteKind Kind, TextRange Range, string Text, int? Number = null);
