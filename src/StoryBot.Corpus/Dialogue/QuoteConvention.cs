namespace StoryBot.Corpus.Dialogue;

/// <summary>How a text marks its dialogue, decided once per text by <see cref="QuoteFinder.DetectConvention"/>.</summary>
public enum QuoteConvention
{
    /// <summary>Speech in double quotes; single quotes outside them are thoughts or nested quotes (American style, most fan fiction).</summary>
    DoubleQuotes = 0,

    /// <summary>Speech in single quotes; double quotes are nested quotes (British style).</summary>
    SingleQuotes = 1,
}
