using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>A chapter file parsed and measured, ready for the writer (or the reason it cannot be stored).</summary>
internal sealed record PreparedChapter(ImportFile File, string ContentHash, long Bytes)
{
    public ParsedChapter? Chapter { get; init; }

    public ChapterMetadata Metadata { get; init; } = new();

    public string StoryTitle { get; init; } = "Untitled";

    public string? ChapterTitle { get; init; }

    /// <summary>Attributed lines keyed by (paragraph index, quote start).</summary>
    public IReadOnlyDictionary<(int Paragraph, int Start), AttributedLine> Lines { get; init; } =
        new Dictionary<(int Paragraph, int Start), AttributedLine>();

    public int[] ParagraphWords { get; init; } = [];

    /// <summary>
    /// The characters found in this file's tags or text when its folder has no characters.json; stored as the story's
    /// own characters. Null when the folder's list was used.
    /// </summary>
    public Corpus.Characters.CharacterList? FoundCharacters { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Set instead of a parse when the file is unchanged (skip) or moved (relocate).</summary>
    public ImportOutcome? Shortcut { get; init; }

    public int? ExistingChapterId { get; init; }
}
