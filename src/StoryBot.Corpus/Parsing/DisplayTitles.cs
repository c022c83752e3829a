using System.Globalization;
using System.Text;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// Readable story and chapter titles when a file does not name them — never a hash. The importer calls these after
/// applying the manifest.
/// <list type="bullet">
/// <item>Story: the metadata title; else the words of the file name with hashes, numbers and "chapter 3" parts
/// removed (<c>second_chances_ch01.txt</c> → "Second Chances"); else "Untitled — “opening words…”" from the first
/// paragraph (<c>001_86e35906ad5cded5.txt</c> → "Untitled — “Naruto slammed against a tree…”").</item>
/// <item>Chapter: the metadata title; else "Chapter N" when the number is known; else "“opening words…”".</item>
/// </list>
/// </summary>
public static class DisplayTitles
{
    /// <summary>The opening words are cut at a word boundary after about this many characters.</summary>
    public const int OpeningLength = 36;

    public static string Story(ParsedChapter chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        return Story(chapter.Metadata, chapter.SourceName, chapter.Paragraphs.FirstOrDefault()?.Text);
    }

    public static string Chapter(ParsedChapter chapter)
    {
        ArgumentNullException.ThrowIfNull(chapter);
        return Chapter(chapter.Metadata, chapter.Paragraphs.FirstOrDefault()?.Text);
    }

    /// <param name="metadata">The chapter's metadata, with the manifest already applied.</param>
    /// <param name="sourceName">The file name or relative path.</param>
    /// <param name="firstParagraph">The first story paragraph, for the opening-words fallback.</param>
    public static string Story(ChapterMetadata metadata, string sourceName, string? firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.StoryTitle))
        {
            return metadata.StoryTitle;
        }

        if (FileNameTitle(sourceName) is string fromName)
        {
            return fromName;
        }

        return OpeningWords(firstParagraph) is string opening ? $"Untitled — {opening}" : "Untitled";
    }

    /// <summary>
    /// True for a title made up when the story named none ("Untitled", "Untitled — “opening words…”"): it tells a
    /// reader nothing about the story, so it cannot be told apart from another in a quiz.
    /// </summary>
    public static bool IsPlaceholder(string? storyTitle) =>
        string.IsNullOrWhiteSpace(storyTitle)
        || string.Equals(storyTitle.Trim(), "Untitled", StringComparison.OrdinalIgnoreCase)
        || storyTitle.TrimStart().StartsWith("Untitled — ", StringComparison.OrdinalIgnoreCase);

    public static string Chapter(ChapterMetadata metadata, string? firstParagraph)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.ChapterTitle))
        {
            return metadata.ChapterTitle;
        }

        if (metadata.ChapterNumber is int number)
        {
            return string.Create(CultureInfo.InvariantCulture, $"Chapter {number}");
        }

        return OpeningWords(firstParagraph) ?? "Untitled chapter";
    }

    /// <summary>“Naruto slammed against a tree…”: the first words of a paragraph in curly quotes, or null when empty.</summary>
    public static string? OpeningWords(string? paragraph)
    {
        if (string.IsNullOrWhiteSpace(paragraph))
        {
            return null;
        }

        ReadOnlySpan<char> text = paragraph.AsSpan().Trim().TrimStart("\"'“‘*_~- ");
        int newline = text.IndexOf('\n');
        if (newline >= 0)
        {
            text = text[..newline];
        }

        bool truncated = text.Length > OpeningLength;
        if (truncated)
        {
            // The last whole word that fits; one long word is cut hard.
            int cut = text[..(OpeningLength + 1)].LastIndexOfAny(' ', '\t');
            text = text[..(cut > 0 ? cut : OpeningLength)];
        }

        text = text.TrimEnd(",;:—–-\"'”’ ");
        if (text.IsEmpty)
        {
            return null;
        }

        bool endsWithEllipsis = text.EndsWith("…", StringComparison.Ordinal) || text.EndsWith("...", StringComparison.Ordinal);
        return truncated && !endsWithEllipsis ? $"“{text.TrimEnd('.')}…”" : $"“{text}”";
    }

    /// <summary>Title-like words in a file name, or null when it holds only numbers, hashes and chapter markers.</summary>
    public static string? FileNameTitle(string? sourceName)
    {
        if (string.IsNullOrWhiteSpace(sourceName))
        {
            return null;
        }

        string name = sourceName.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        int dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        var words = new List<string>();
        string[] tokens = name.Split(['_', '-', '.', ' ', '+'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            string token = tokens[i];
            if (IsNumberOrHash(token) || IsChapterToken(token))
            {
                continue;
            }

            if (token.Equals("chapter", StringComparison.OrdinalIgnoreCase) || token.Equals("ch", StringComparison.OrdinalIgnoreCase)
                || token.Equals("part", StringComparison.OrdinalIgnoreCase))
            {
                i += i + 1 < tokens.Length && NumberWords.TryParse(tokens[i + 1], out _) ? 1 : 0;
                continue;
            }

            words.Add(token);
        }

        if (words.Count == 0 || !words.Any(word => word.Any(char.IsLetter)))
        {
            return null;
        }

        bool allLower = words.All(word => !word.Any(char.IsUpper));
        var builder = new StringBuilder();
        foreach (string word in words)
        {
            builder.Append(builder.Length > 0 ? " " : string.Empty);
            builder.Append(allLower ? string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1)) : word);
        }

        return builder.ToString();
    }

    private static bool IsNumberOrHash(string token)
    {
        bool hasDigit = token.Any(char.IsAsciiDigit);
        bool allDigits = token.All(char.IsAsciiDigit);
        bool allHex = token.All(char.IsAsciiHexDigit);
        bool hasLetter = token.Any(char.IsAsciiLetter);
        return allDigits
            || (allHex && hasDigit && token.Length >= 4)
            || (token.Length >= 12 && hasDigit && hasLetter && token.All(char.IsAsciiLetterOrDigit));
    }

    /// <summary>"ch01", "chapter3", "pt2", "c12", "v2".</summary>
    private static bool IsChapterToken(string token)
    {
        ReadOnlySpan<char> span = token;
        int letters = span.IndexOfAnyInRange('0', '9');
        if (letters <= 0 || span[letters..].ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        ReadOnlySpan<char> prefix = span[..letters];
        foreach (string known in (ReadOnlySpan<string>)["ch", "chap", "chapter", "c", "pt", "part", "p", "v", "vol", "ep"])
        {
            if (prefix.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
