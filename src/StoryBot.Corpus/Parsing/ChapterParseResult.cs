using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>A parsed chapter, or a clear one-line reason (naming the source) why it could not be parsed.</summary>
public sealed record ChapterParseResult(ParsedChapter? Chapter, string? Error)
{
    public bool Success => Chapter is not null;
}
