using System.Globalization;

namespace StoryBot.Corpus.Parsing;

/// <summary>
/// An optional YAML-like block at the very top of a chapter file:
/// <code>
/// ---
/// story: Second Chances
/// chapter: 1          # or "One"
/// title: Many Regrets
/// author: Cybergades
/// rating: T
/// summary: Naruto gets a second chance.
/// source: https://www.fanfiction.net/s/123/1/
/// ---
/// </code>
/// One <c>key: value</c> per line; values may be quoted; <c>#</c> starts a comment; indented lines continue the previous
/// value. Unknown keys are reported as warnings. Not a YAML parser: no nesting, lists or anchors.
/// </summary>
internal static class FrontMatter
{
    private const int MaxLines = 60;

    /// <summary>Reads the block if the text starts with one; returns the index of the first line after it, or 0.</summary>
    public static int Read(string text, List<TextLine> lines, MetadataBuilder metadata)
    {
        if (lines.Count < 2 || lines[0].Trimmed(text) is not "---" || lines[0].TrimStart != 0)
        {
            return 0;
        }

        int close = -1;
        for (int i = 1; i < Math.Min(lines.Count, MaxLines); i++)
        {
            if (lines[i].Trimmed(text) is "---" or "...")
            {
                close = i;
                break;
            }
        }

        if (close < 0)
        {
            return 0;
        }

        var values = new List<(string Key, string Value)>();
        for (int i = 1; i < close; i++)
        {
            TextLine line = lines[i];
            string raw = text[line.Start..line.End];
            if (line.IsBlank || raw.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (char.IsWhiteSpace(raw[0]) && values.Count > 0)
            {
                (string key, string previous) = values[^1];
                values[^1] = (key, previous.Length == 0 ? Unquote(raw.Trim()) : previous + " " + Unquote(raw.Trim()));
                continue;
            }

            int colon = raw.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                metadata.Warnings.Add($"front matter line {(i + 1).ToString(CultureInfo.InvariantCulture)} is not 'key: value'; ignored");
                continue;
            }

            string value = StripComment(raw[(colon + 1)..]).Trim();
            values.Add((raw[..colon].Trim().ToLowerInvariant(), value is ">" or "|" ? string.Empty : Unquote(value)));
        }

        foreach ((string key, string value) in values)
        {
            Apply(key, value, metadata);
        }

        return close + 1;
    }

    private static void Apply(string key, string value, MetadataBuilder metadata)
    {
        switch (key)
        {
            case "story" or "story_title" or "story-title" or "storytitle":
                metadata.SetStoryTitle(value);
                break;
            case "title" or "chapter_title" or "chapter-title":
                metadata.SetChapterTitle(value);
                break;
            case "chapter" or "number" or "chapter_number" or "chapter-number":
                if (NumberWords.TryParse(value, out int number))
                {
                    metadata.SetChapterNumber(number);
                }
                else
                {
                    metadata.Warnings.Add($"front matter chapter '{value}' is not a number; ignored");
                }

                break;
            case "author" or "by":
                metadata.SetAuthor(value);
                break;
            case "rating" or "rated":
                metadata.SetRating(value);
                break;
            case "summary" or "description":
                metadata.SetSummary(value);
                break;
            case "source" or "url" or "link":
                metadata.SetSource(value);
                break;
            default:
                metadata.Warnings.Add($"front matter key '{key}' is not known; ignored");
                break;
        }
    }

    private static string StripComment(string value)
    {
        string trimmed = value.TrimStart();
        if (trimmed.StartsWith('"') || trimmed.StartsWith('\''))
        {
            return value;
        }

        int hash = value.IndexOf(" #", StringComparison.Ordinal);
        return hash >= 0 ? value[..hash] : value;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1]
            : value;
}
