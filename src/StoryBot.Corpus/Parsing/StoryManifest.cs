using System.Globalization;
using System.Text.Json;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// The folder manifest <c>stories.json</c>, where an admin names stories and orders their chapter files:
/// <code>
/// {
///   "stories": [
///     {
///       "title": "Second Chances", "author": "Cybergades", "rating": "T",
///       "summary": "…", "source": "https://www.fanfiction.net/s/1234/",
///       "chapters": [ "002_0be2cb83b64d332a.txt", { "file": "ch2.txt", "title": "Old Friends", "number": 2, "source": "https://…" } ]
///     }
///   ]
/// }
/// </code>
/// Pure: the caller reads the file and passes its text. Values the manifest sets win over the chapter file's own.
/// </summary>
public sealed class StoryManifest
{
    /// <summary>The manifest's conventional file name in a seed folder.</summary>
    public const string FileName = "stories.json";

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    private readonly Dictionary<string, (ManifestStory Story, ManifestChapter Chapter)> byPath;
    private readonly Dictionary<string, (ManifestStory Story, ManifestChapter Chapter)?> byName;

    private StoryManifest(IReadOnlyList<ManifestStory> stories, IReadOnlyList<string> warnings)
    {
        Stories = stories;
        Warnings = warnings;
        byPath = new Dictionary<string, (ManifestStory, ManifestChapter)>(StringComparer.OrdinalIgnoreCase);
        byName = new Dictionary<string, (ManifestStory, ManifestChapter)?>(StringComparer.OrdinalIgnoreCase);
        foreach (ManifestStory story in stories)
        {
            foreach (ManifestChapter chapter in story.Chapters)
            {
                byPath.TryAdd(NormalisePath(chapter.File), (story, chapter));
                string name = FileNameOf(chapter.File);

                // A bare file name that two stories share is ambiguous: only a full relative path then matches.
                byName[name] = byName.ContainsKey(name) ? null : (story, chapter);
            }
        }
    }

    public static StoryManifest Empty { get; } = new([], []);

    public IReadOnlyList<ManifestStory> Stories { get; }

    /// <summary>Problems that did not stop the manifest from loading (a chapter listed twice, a bad rating, …).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Parses the manifest; throws <see cref="FormatException"/> with a one-line reason when it is unusable.</summary>
    public static StoryManifest Parse(string json) =>
        TryParse(json, out StoryManifest? manifest, out string? error) ? manifest : throw new FormatException(error);

    public static bool TryParse(string json, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out StoryManifest? manifest, out string? error)
    {
        ArgumentNullException.ThrowIfNull(json);
        manifest = null;
        error = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(json, JsonOptions);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("stories", out JsonElement storiesElement)
                || storiesElement.ValueKind != JsonValueKind.Array)
            {
                error = $"{FileName}: expected an object with a \"stories\" array";
                return false;
            }

            var warnings = new List<string>();
            var stories = new List<ManifestStory>();
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            int storyNumber = 0;
            foreach (JsonElement element in storiesElement.EnumerateArray())
            {
                storyNumber++;
                if (ReadStory(element, storyNumber, seen, warnings) is ManifestStory story)
                {
                    stories.Add(story);
                }
            }

            manifest = new StoryManifest(stories, warnings);
            return true;
        }
        catch (JsonException exception)
        {
            string where = exception.LineNumber is long line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, position {(exception.BytePositionInLine ?? 0) + 1}")
                : string.Empty;
            error = $"{FileName}: invalid JSON{where}";
            return false;
        }
    }

    /// <summary>Finds the story and chapter entry for a file, by relative path or, if unambiguous, by file name.</summary>
    public bool TryFind(string file, out ManifestStory? story, out ManifestChapter? chapter)
    {
        ArgumentNullException.ThrowIfNull(file);
        story = null;
        chapter = null;
        if (byPath.TryGetValue(NormalisePath(file), out var entry))
        {
            (story, chapter) = entry;
            return true;
        }

        if (byName.TryGetValue(FileNameOf(file), out var named) && named is { } found)
        {
            (story, chapter) = found;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Merges what the manifest says about <paramref name="file"/> into the chapter's own metadata: every value the
    /// manifest sets wins; the rest is kept. Returns <paramref name="metadata"/> unchanged for files it does not list.
    /// </summary>
    public ChapterMetadata Apply(ChapterMetadata metadata, string file)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!TryFind(file, out ManifestStory? story, out ManifestChapter? chapter))
        {
            return metadata;
        }

        return metadata with
        {
            StoryTitle = story!.Title,
            Author = story.Author ?? metadata.Author,
            Rating = story.Rating ?? metadata.Rating,
            Summary = story.Summary ?? metadata.Summary,
            SourceUrl = chapter!.SourceUrl ?? story.SourceUrl ?? metadata.SourceUrl,
            ChapterNumber = chapter.Number,
            ChapterTitle = chapter.Title ?? metadata.ChapterTitle,
        };
    }

    private static ManifestStory? ReadStory(JsonElement element, int storyNumber, HashSet<string> seen, List<string> warnings)
    {
        string where = string.Create(CultureInfo.InvariantCulture, $"{FileName}: story {storyNumber}");
        if (element.ValueKind != JsonValueKind.Object)
        {
            warnings.Add($"{where} is not an object; ignored");
            return null;
        }

        string? title = Text(element, "title");
        if (title is null)
        {
            warnings.Add($"{where} has no \"title\"; ignored");
            return null;
        }

        where = $"{FileName}: story \"{title}\"";
        Rating? rating = null;
        if (Text(element, "rating") is string ratingText)
        {
            if (RatingParser.TryParse(ratingText, out Rating parsed))
            {
                rating = parsed;
            }
            else
            {
                warnings.Add($"{where}: rating \"{ratingText}\" not recognised; ignored");
            }
        }

        var chapters = new List<ManifestChapter>();
        if (element.TryGetProperty("chapters", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in list.EnumerateArray())
            {
                ManifestChapter? chapter = ReadChapter(item, chapters.Count + 1, where, warnings);
                if (chapter is null)
                {
                    continue;
                }

                if (!seen.Add(NormalisePath(chapter.File)))
                {
                    warnings.Add($"{where}: \"{chapter.File}\" is listed more than once; the first listing counts");
                    continue;
                }

                chapters.Add(chapter);
            }
        }
        else
        {
            warnings.Add($"{where} has no \"chapters\" list");
        }

        return new ManifestStory(title, chapters)
        {
            Author = Text(element, "author"),
            Rating = rating,
            Summary = Text(element, "summary"),
            SourceUrl = Url(element, "source", where, warnings),
        };
    }

    private static ManifestChapter? ReadChapter(JsonElement item, int position, string where, List<string> warnings)
    {
        if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } name)
        {
            return new ManifestChapter(name.Trim(), position);
        }

        if (item.ValueKind != JsonValueKind.Object || Text(item, "file") is not string file)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{where}: chapter {position} needs a file name; ignored"));
            return null;
        }

        int number = position;
        if (item.TryGetProperty("number", out JsonElement numberElement))
        {
            if (numberElement.ValueKind == JsonValueKind.Number && numberElement.TryGetInt32(out int explicitNumber) && explicitNumber >= 0)
            {
                number = explicitNumber;
            }
            else if (numberElement.ValueKind == JsonValueKind.String && NumberWords.TryParse(numberElement.GetString(), out int wordNumber))
            {
                number = wordNumber;
            }
            else
            {
                warnings.Add($"{where}: chapter \"{file}\" has an invalid number; its position is used");
            }
        }

        return new ManifestChapter(file, number)
        {
            Title = Text(item, "title"),
            SourceUrl = Url(item, "source", where, warnings),
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
        && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    private static string? Url(JsonElement element, string name, string where, List<string> warnings)
    {
        string? text = Text(element, name);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri.ToString();
        }

        warnings.Add($"{where}: source \"{text}\" is not an http(s) link; ignored");
        return null;
    }

    private static string NormalisePath(string path)
    {
        string normalised = path.Trim().Replace('\\', '/');
        while (normalised.StartsWith("./", StringComparison.Ordinal))
        {
            normalised = normalised[2..];
        }

        return normalised.TrimStart('/');
    }

    private static string FileNameOf(string path)
    {
        string normalised = NormalisePath(path);
        int slash = normalised.LastIndexOf('/');
        return slash < 0 ? normalised : normalised[(slash + 1)..];
    }
}
