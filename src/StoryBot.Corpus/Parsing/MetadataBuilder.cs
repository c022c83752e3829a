using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Parsing;

/// <summary>Collects metadata; the first value set for a field wins (front matter is read before header lines).</summary>
internal sealed class MetadataBuilder
{
    public string? StoryTitle { get; private set; }

    public string? ChapterTitle { get; private set; }

    public int? ChapterNumber { get; private set; }

    public string? Author { get; private set; }

    public Rating? Rating { get; private set; }

    public string? Summary { get; private set; }

    public string? SourceUrl { get; private set; }

    public List<string> Warnings { get; } = [];

    /// <summary>Fandoms, characters, tags, series and dates stated in the header.</summary>
    public WorkMetadataBuilder Work { get; } = new();

    public void SetStoryTitle(string? value) => StoryTitle ??= Clean(value);

    public void SetChapterTitle(string? value) => ChapterTitle ??= Clean(value);

    public void SetChapterNumber(int? value) => ChapterNumber ??= value;

    public void SetAuthor(string? value) => Author ??= Clean(value);

    public void SetSummary(string? value) => Summary ??= Clean(value);

    public void SetSource(string? value)
    {
        string? url = Clean(value);
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            SourceUrl ??= uri.ToString();
        }
        else if (url is not null)
        {
            Warnings.Add($"source '{Shorten(url)}' is not an http(s) link; ignored");
        }
    }

    public void SetRating(string? value)
    {
        if (Rating is not null || string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (RatingParser.TryParse(value, out Rating rating))
        {
            Rating = rating;
        }
        else
        {
            Warnings.Add($"rating '{Shorten(value.Trim())}' not recognised; treated as unrated");
        }
    }

    public ChapterMetadata Build(TextRange? headerRange) => new()
    {
        StoryTitle = StoryTitle,
        ChapterTitle = ChapterTitle,
        ChapterNumber = ChapterNumber,
        Author = Author,
        Rating = Rating ?? Model.Rating.Unrated,
        Summary = Summary,
        SourceUrl = SourceUrl,
        HeaderRange = headerRange,
        Work = Work.IsEmpty ? null : Work.Build(WorkMetadata.Empty),
    };

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string trimmed = value.Trim().Trim('"', '“', '”');
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "…");
}
