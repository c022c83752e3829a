using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>Turns the bytes of a chapter file into a <see cref="ParsedChapter"/>. Pure: opens no files.</summary>
public static class ChapterParser
{
    public static ChapterParseResult Parse(ReadOnlySpan<byte> bytes, string sourceName) => throw new NotImplementedException();

    public static ParsedChapter ParseText(string text, string sourceName) => throw new NotImplementedException();
}
