namespace StoryBot.Corpus.Decoding;

/// <summary>UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 fallback; rejects binary input.</summary>
public static class TextDecoder
{
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes) => throw new NotImplementedException();
}
