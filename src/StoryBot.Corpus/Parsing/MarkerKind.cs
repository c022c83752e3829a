namespace StoryBot.Corpus.Parsing;

/// <summary>What a short stand-alone line means to the scene structure.</summary>
internal enum MarkerKind
{
    None = 0,
    Rule = 1,
    LocationHeading = 2,
    FlashbackStart = 3,
    FlashbackEnd = 4,
    EndOfChapter = 5,
}
