using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Dialogue;

/// <summary>Finds quoted spans ("…", “…”, and '…' where the text uses single quotes for speech or thought, never apostrophes).</summary>
public static class QuoteFinder
{
    /// <summary>Quotes per paragraph, in order. Whether single quotes mark speech is decided once for the whole text.</summary>
    public static IReadOnlyList<IReadOnlyList<QuoteSpan>> Find(string text, IReadOnlyList<TextRange> paragraphs) => throw new NotImplementedException();
}
