namespace StoryBot.Corpus.Model;

/// <summary>A quoted span found in a paragraph. <see cref="Range"/> includes the quote marks; <see cref="Text"/> does not.</summary>
public sealed record QuoteSpan(TextRange Range, string Text, QuoteStyle Style);
