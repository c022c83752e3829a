namespace StoryBot.Corpus.Decoding;

/// <summary>Decoded text (line endings normalised to \n) or a one-line reason why the bytes are not a chapter.</summary>
public sealed record DecodeResult(string? Text, string EncodingName, string? Error)
{
    public bool Success => Error is null;

    /// <summary>Something the reader should know about text that did decode (e.g. stray bytes that were repaired), or null.</summary>
    public string? Warning { get; init; }
}
