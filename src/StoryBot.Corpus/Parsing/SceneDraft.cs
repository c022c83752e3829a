using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>A scene while it is being built: its heading, flashback flag and paragraph ranges.</summary>
internal sealed class SceneDraft
{
    public string? Heading { get; set; }

    public bool IsFlashback { get; set; }

    /// <summary>True when the scene was opened by a flashback-start marker.</summary>
    public bool OpenedByFlashbackMarker { get; set; }

    /// <summary>Paragraph count at the last run of blank lines inside this scene that did not break it, or -1.</summary>
    public int LastBlankRunSplit { get; set; } = -1;

    public List<TextRange> Paragraphs { get; } = [];
}
