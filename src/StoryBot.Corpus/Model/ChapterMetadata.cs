namespace StoryBot.Corpus.Model;

/// <summary>What a chapter file says about itself (front matter, header lines), before any folder manifest is applied.</summary>
public sealed record ChapterMetadata
{
    public string? StoryTitle { get; init; }
    public string? ChapterTitle { get; init; }
    public int? ChapterNumber { get; init; }
    public string? Author { get; init; }
    public Rating Rating { get; init; }
    public string? Summary { get; init; }
    public string? SourceUrl { get; init; }

    /// <summary>Fandoms, characters, tags, series and dates the header states (<c>Fandom:</c>, <c>Characters:</c>…), if any.</summary>
    public WorkMetadata? Work { get; init; }

    /// <summary>The range of the header block that was read as metadata (not story text), if any.</summary>
    public TextRange? HeaderRange { get; init; }
}
