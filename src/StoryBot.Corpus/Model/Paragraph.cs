namespace StoryBot.Corpus.Model;

/// <summary>A paragraph of story text. <see cref="Index"/> counts paragraphs across the whole chapter, from 0.</summary>
public sealed record Paragraph(int Index, TextRange Range, string Text, IReadOnlyList<QuoteSpan> Quotes);
