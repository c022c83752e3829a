namespace StoryBot.Data.Entities;

/// <summary>
/// One imported chapter file. <see cref="SourcePath"/> (full path) is its import key; <see cref="ContentHash"/> (SHA-256
/// of the file bytes, lower-case hex) decides whether a re-import can skip it. Offsets of paragraphs, quotes and notes
/// point into the decoded file text (<see cref="EncodingName"/>, line endings normalised), so a passage traces to its file.
/// </summary>
public sealed class Chapter
{
    public int Id { get; set; }

    public int StoryId { get; set; }

    public Story Story { get; set; } = null!;

    public int Number { get; set; }

    public string? Title { get; set; }

    /// <summary>Where the chapter was published (from the file header or stories.json), if known.</summary>
    public string? SourceUrl { get; set; }

    public required string SourcePath { get; set; }

    /// <summary>
    /// Which chapter of its file this is, from 0: a chapter file has one (0); a complete work, HTML export or EPUB has one
    /// per chapter. (<see cref="SourcePath"/>, <see cref="Part"/>) is the import key; offsets of a part point into that
    /// chapter's own text.
    /// </summary>
    public int Part { get; set; }

    public required string FileName { get; set; }

    public required string ContentHash { get; set; }

    /// <summary>
    /// SHA-256 of what else shaped the import (the folder's stories.json and characters.json, the importer version):
    /// editing the manifest re-imports its chapters even though their files did not change.
    /// </summary>
    public string? SettingsHash { get; set; }

    public long ByteLength { get; set; }

    public required string EncodingName { get; set; }

    public int WordCount { get; set; }

    public int SceneCount { get; set; }

    public int ParagraphCount { get; set; }

    public int DialogueCount { get; set; }

    public DateTime ImportedAt { get; set; }

    public List<Scene> Scenes { get; } = [];

    public List<Paragraph> Paragraphs { get; } = [];

    public List<Note> Notes { get; } = [];
}
