namespace StoryBot.Corpus.Parsing;

/// <summary>What a header line's key stands for ("Title:", "Pairing:", "Kudos:"…); <see cref="Ignored"/> keys are known and dropped.</summary>
internal enum HeaderField
{
    Ignored,
    StoryTitle,
    ChapterTitle,
    Chapter,
    Author,
    Rating,
    Summary,
    Source,
    Fandom,
    Relationship,
    Character,
    Tags,
    Warnings,
    Category,
    Series,
    Published,
    Updated,
    Language,
    Stats,
}
