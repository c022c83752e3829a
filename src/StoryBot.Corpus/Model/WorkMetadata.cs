namespace StoryBot.Corpus.Model;

/// <summary>
/// What a whole work says about itself: the AO3/FanFicFare preface, EPUB <c>dc:*</c> metadata, or header lines such as
/// <c>Fandom:</c> and <c>Characters:</c>. Tag lists keep the file's order and spelling (AO3 Character tags such as
/// "Uzumaki Naruto" are plain strings, ready for speaker discovery); empty lists when the file has none.
/// </summary>
public sealed record WorkMetadata
{
    public static WorkMetadata Empty { get; } = new();

    public string? Title { get; init; }

    public string? Author { get; init; }

    public Rating Rating { get; init; }

    public string? Summary { get; init; }

    /// <summary>The work's own link (AO3 work URL, FanFicFare source, <c>dc:source</c>), http(s) only.</summary>
    public string? Url { get; init; }

    public IReadOnlyList<string> Fandoms { get; init; } = [];

    public IReadOnlyList<string> Relationships { get; init; } = [];

    /// <summary>Character tags as the work lists them ("Haruno Sakura", "Uzumaki Naruto").</summary>
    public IReadOnlyList<string> Characters { get; init; } = [];

    public IReadOnlyList<string> AdditionalTags { get; init; } = [];

    /// <summary>Archive warnings ("No Archive Warnings Apply", "Graphic Depictions Of Violence").</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>AO3 categories ("Gen", "F/M") or genres from other exports.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    public string? Language { get; init; }

    public string? Series { get; init; }

    public int? SeriesPart { get; init; }

    public DateOnly? Published { get; init; }

    public DateOnly? Updated { get; init; }

    /// <summary>True when nothing beyond title/author/rating/summary/link is known.</summary>
    public bool HasNoTags =>
        Fandoms.Count == 0 && Relationships.Count == 0 && Characters.Count == 0 && AdditionalTags.Count == 0
        && Warnings.Count == 0 && Categories.Count == 0 && Series is null && Published is null && Updated is null && Language is null;
}
