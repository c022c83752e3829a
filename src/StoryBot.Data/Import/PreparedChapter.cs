using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>A file (one chapter or a complete work) parsed and measured, ready for the writer (or the reason it cannot be stored).</summary>
internal sealed record PreparedChapter(ImportFile File, string ContentHash, long Bytes)
{
    /// <summary>The file's chapters in order (empty when it could not be parsed or was short-cut).</summary>
    public IReadOnlyList<PreparedPart> Parts { get; init; } = [];

    /// <summary>What the work says about itself (tags, series, dates), stored on its story.</summary>
    public WorkMetadata Work { get; init; } = WorkMetadata.Empty;

    public string StoryTitle { get; init; } = "Untitled";

    /// <summary>
    /// The characters found in this file's tags or text when its folder has no characters.json; stored as the story's
    /// own characters. Null when the folder's list was used.
    /// </summary>
    public Corpus.Characters.CharacterList? FoundCharacters { get; init; }

    /// <summary>
    /// Parsed but not attributed yet: the folder has no characters.json, and the story's characters are found over all of
    /// its chapter files first (<see cref="StoryGroups"/>, then <see cref="ChapterPreparer.Attribute"/>).
    /// </summary>
    public bool AwaitsCharacters { get; init; }

    public string? Error { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Set instead of a parse when the file is unchanged (skip) or moved (relocate).</summary>
    public ImportOutcome? Shortcut { get; init; }

    public int? ExistingChapterId { get; init; }
}
