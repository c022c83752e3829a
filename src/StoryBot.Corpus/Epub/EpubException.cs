namespace StoryBot.Corpus.Epub;

/// <summary>Why an EPUB cannot be read, as the one-line reason the importer shows ("skipped: …").</summary>
public sealed class EpubException : Exception
{
    public EpubException()
    {
    }

    public EpubException(string reason)
        : base(reason)
    {
    }

    public EpubException(string reason, Exception inner)
        : base(reason, inner)
    {
    }
}
