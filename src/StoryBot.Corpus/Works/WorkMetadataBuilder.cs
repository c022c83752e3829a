using System.Globalization;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Collects the tag lists, series, dates and language of a work from whatever states them (AO3 preface, EPUB
/// <c>dc:subject</c>, <c>Fandom:</c> header lines). Tags are split at commas (AO3 tags never contain one), trimmed and
/// de-duplicated ignoring case; the first value of a single field wins.
/// </summary>
internal sealed class WorkMetadataBuilder
{
    private const int MaxTagLength = 150;
    private const int MaxTagsPerKind = 200;

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "d MMM yyyy", "dd MMM yyyy", "d MMMM yyyy", "MMM d, yyyy",
        "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy", "M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ",
        "yyyy-MM-ddTHH:mm:ss.fffZ", "yyyy-MM-ddTHH:mm:sszzz", "yyyy",
    ];

    private readonly List<string>[] tags = [[], [], [], [], [], []];
    private readonly HashSet<string>[] seen =
    [
        new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase),
        new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase),
    ];

    public string? Language { get; private set; }

    public string? Series { get; private set; }

    public int? SeriesPart { get; private set; }

    public DateOnly? Published { get; private set; }

    public DateOnly? Updated { get; private set; }

    public bool IsEmpty => tags.All(list => list.Count == 0) && Language is null && Series is null && Published is null && Updated is null;

    public IReadOnlyList<string> Tags(WorkTagKind kind) => tags[(int)kind];

    /// <summary>Adds a comma-separated list ("Naruto, Boruto") of tags of one kind.</summary>
    public void AddList(WorkTagKind kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        foreach (Range range in value.AsSpan().Split(','))
        {
            Add(kind, value[range]);
        }
    }

    /// <summary>Adds one tag as written (commas kept).</summary>
    public void Add(WorkTagKind kind, string? tag)
    {
        string? clean = Clean(tag);
        if (clean is null || clean.Length > MaxTagLength || tags[(int)kind].Count >= MaxTagsPerKind || !seen[(int)kind].Add(clean))
        {
            return;
        }

        tags[(int)kind].Add(clean);
    }

    public void SetLanguage(string? value) => Language ??= Clean(value);

    /// <summary>"Part 2 of The Long Road", "The Long Road [2]", "The Long Road #2", or a bare series name.</summary>
    public void SetSeries(string? value)
    {
        string? clean = Clean(value);
        if (clean is null || Series is not null)
        {
            return;
        }

        ReadOnlySpan<char> span = clean;
        int? part = null;
        if (span.StartsWith("part ", StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> rest = span[5..].TrimStart();
            int digits = rest.IndexOfAnyExceptInRange('0', '9');
            if (digits > 0 && int.TryParse(rest[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                && rest[digits..].TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase))
            {
                part = number;
                span = rest[digits..].TrimStart()[3..].Trim();
            }
        }
        else if (span.EndsWith(']') && span.LastIndexOf('[') is int open and > 0
                 && int.TryParse(span[(open + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int bracketed))
        {
            part = bracketed;
            span = span[..open].Trim();
        }
        else if (span.LastIndexOf('#') is int hash and > 0
                 && int.TryParse(span[(hash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int numbered))
        {
            part = numbered;
            span = span[..hash].Trim();
        }

        // Several series ("Part 1 of A, Part 3 of B"): keep the first.
        int comma = span.IndexOf(", Part ", StringComparison.OrdinalIgnoreCase);
        if (comma > 0)
        {
            span = span[..comma];
        }

        if (!span.IsEmpty)
        {
            Series = span.ToString();
            SeriesPart = part;
        }
    }

    public void SetPublished(string? value) => Published ??= ParseDate(value);

    public void SetUpdated(string? value) => Updated ??= ParseDate(value);

    /// <summary>AO3's "Published: 2021-03-04 Updated: 2021-05-06 Words: 12,345 Chapters: 3/3" line.</summary>
    public void SetStats(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        string[] words = value.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i++)
        {
            switch (words[i].TrimEnd(':').ToUpperInvariant())
            {
                case "PUBLISHED":
                    SetPublished(words[i + 1]);
                    break;
                case "UPDATED":
                case "COMPLETED":
                    SetUpdated(words[i + 1]);
                    break;
                default:
                    break;
            }
        }
    }

    public static DateOnly? ParseDate(string? value)
    {
        string? clean = Clean(value);
        if (clean is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(clean, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out DateOnly date))
        {
            return date;
        }

        return DateTimeOffset.TryParse(clean, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset stamp)
            ? DateOnly.FromDateTime(stamp.UtcDateTime)
            : null;
    }

    /// <summary>The collected values over <paramref name="story"/>'s title, author, rating, summary and link.</summary>
    public WorkMetadata Build(WorkMetadata story) => story with
    {
        Fandoms = Merge(story.Fandoms, WorkTagKind.Fandom),
        Relationships = Merge(story.Relationships, WorkTagKind.Relationship),
        Characters = Merge(story.Characters, WorkTagKind.Character),
        AdditionalTags = Merge(story.AdditionalTags, WorkTagKind.AdditionalTag),
        Warnings = Merge(story.Warnings, WorkTagKind.Warning),
        Categories = Merge(story.Categories, WorkTagKind.Category),
        Language = story.Language ?? Language,
        Series = story.Series ?? Series,
        SeriesPart = story.Series is not null ? story.SeriesPart : SeriesPart,
        Published = story.Published ?? Published,
        Updated = story.Updated ?? Updated,
    };

    private IReadOnlyList<string> Merge(IReadOnlyList<string> existing, WorkTagKind kind)
    {
        List<string> mine = tags[(int)kind];
        if (existing.Count == 0)
        {
            return [.. mine];
        }

        var set = new HashSet<string>(existing, StringComparer.OrdinalIgnoreCase);
        return [.. existing, .. mine.Where(set.Add)];
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string trimmed = value.ReplaceLineEndings(" ").Trim().Trim('"', '“', '”').Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
