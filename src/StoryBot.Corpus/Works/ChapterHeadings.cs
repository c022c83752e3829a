using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Classifies one short line as a chapter heading. Only lines of at most 120 characters are looked at, with prefix
/// checks and no regular expressions, so a 10 MB file costs one cheap test per paragraph start.
/// "Chapter 3 was the worst of it." is prose: a title that is not set off by a separator (":", "-", ".") must start with
/// a capital, and a title of more than eight words ending in a full stop is a sentence.
/// </summary>
internal static class ChapterHeadings
{
    public const int MaxHeadingLength = 120;
    private const int MaxTitleWords = 12;

    private static readonly string[] ChapterWords = ["chapter", "chap.", "ch.", "ch"];
    private static readonly string[] PartWords = ["part", "book"];
    private static readonly string[] SpecialWords = ["prologue", "epilogue", "interlude", "omake", "afterword", "foreword", "preface"];

    public static HeadingKind Classify(ReadOnlySpan<char> line, out int? number, out string? title)
    {
        number = null;
        title = null;
        if (line.IsEmpty || line.Length > MaxHeadingLength)
        {
            return HeadingKind.None;
        }

        // Markdown and decoration: "## Chapter 3", "**Chapter 3**", "~ Chapter 3 ~", "= Prologue =".
        ReadOnlySpan<char> content = line.Trim("#*_=~ \t");
        if (content.IsEmpty)
        {
            return HeadingKind.None;
        }

        if (content.Equals("Chapter Text", StringComparison.OrdinalIgnoreCase))
        {
            return HeadingKind.ChapterText;
        }

        if (content.Equals("Chapter Notes", StringComparison.OrdinalIgnoreCase) || content.Equals("Chapter Summary", StringComparison.OrdinalIgnoreCase))
        {
            return HeadingKind.ChapterNotes;
        }

        if (content.Equals("Chapter End Notes", StringComparison.OrdinalIgnoreCase))
        {
            return HeadingKind.ChapterEndNotes;
        }

        char first = char.ToLowerInvariant(content[0]);
        if (first is 'c' && TryWordNumber(content, ChapterWords, out number, out title))
        {
            return HeadingKind.Chapter;
        }

        if (first is 'p' or 'b' && TryWordNumber(content, PartWords, out number, out title))
        {
            return HeadingKind.Part;
        }

        if (first is 'p' or 'e' or 'i' or 'o' or 'a' or 'f' && TrySpecial(content, out title))
        {
            return HeadingKind.Special;
        }

        if ((char.IsAsciiDigit(content[0]) || content[0] is 'I' or 'V' or 'X' or 'L') && TryNumbered(content, out int numbered, out title))
        {
            number = numbered;
            return HeadingKind.Numbered;
        }

        return HeadingKind.None;
    }

    /// <summary>A line that may be the title under a bare heading ("CHAPTER I." then "Down the Rabbit-Hole").</summary>
    public static bool IsTitleLine(ReadOnlySpan<char> line) =>
        line.Length is > 0 and <= 80 && (char.IsUpper(line[0]) || char.IsDigit(line[0])) && TextChars.CountWords(line) <= 10
        && line[^1] is not ('.' or ',' or ';' or ':' or '"' or '”' or '\'' or '’' or '-' or '—');

    private static bool TryWordNumber(ReadOnlySpan<char> content, string[] words, out int? number, out string? title)
    {
        number = null;
        title = null;
        foreach (string word in words)
        {
            if (!content.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            ReadOnlySpan<char> rest = content[word.Length..];
            if (!rest.IsEmpty && char.IsLetter(rest[0]))
            {
                continue;
            }

            rest = rest.TrimStart(" \t:");
            int used = NumberWords.ReadLeading(rest, out int value);
            if (used == 0)
            {
                return false;
            }

            if (!TryTitle(rest[used..], requireSeparator: !char.IsAsciiDigit(rest[0]), out title))
            {
                return false;
            }

            number = value;
            return true;
        }

        return false;
    }

    private static bool TrySpecial(ReadOnlySpan<char> content, out string? title)
    {
        title = null;
        foreach (string word in SpecialWords)
        {
            if (!content.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            ReadOnlySpan<char> rest = content[word.Length..];
            if (!rest.IsEmpty && char.IsLetter(rest[0]))
            {
                return false;
            }

            if (!TryTitle(rest, requireSeparator: true, out string? subtitle))
            {
                return false;
            }

            string name = string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));
            title = subtitle is null ? name : $"{name}: {subtitle}";
            return true;
        }

        return false;
    }

    /// <summary>"12. Title", "12) Title", "XII.", "12": digits or a Roman numeral, then a separator or nothing.</summary>
    private static bool TryNumbered(ReadOnlySpan<char> content, out int number, out string? title)
    {
        number = 0;
        title = null;
        int end = 0;
        bool digits = char.IsAsciiDigit(content[0]);
        while (end < content.Length && end < 6 && (digits ? char.IsAsciiDigit(content[end]) : content[end] is 'I' or 'V' or 'X' or 'L' or 'C'))
        {
            end++;
        }

        if (end == 0 || !NumberWords.TryParse(content[..end], out number))
        {
            return false;
        }

        ReadOnlySpan<char> rest = content[end..];
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] is not ('.' or ')' or ':' or ' ') || (rest[0] == ' ' && digits))
        {
            return false;
        }

        // "3.5 million" / "1.2" are numbers in prose.
        if (rest.Length > 1 && char.IsAsciiDigit(rest[1]))
        {
            return false;
        }

        return TryTitle(rest, requireSeparator: true, out title) && (title is null || char.IsUpper(title[0]) || TextChars.IsQuote(title[0]));
    }

    private static bool TryTitle(ReadOnlySpan<char> rest, bool requireSeparator, out string? title)
    {
        title = null;
        ReadOnlySpan<char> trimmed = rest.TrimStart();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        bool separated = trimmed[0] is ':' or '-' or '–' or '—' or '.' or '|' or '~' or '(' or '=' or ',';
        ReadOnlySpan<char> text = trimmed.TrimStart(":-–—.|~=, \t").Trim();
        if (trimmed[0] == '(' && text.EndsWith(')'))
        {
            text = text.TrimStart('(')[..^1].Trim();
        }

        text = text.Trim("\"“”*_ ");
        if (text.IsEmpty)
        {
            return true;
        }

        if (!separated && (requireSeparator || !(char.IsUpper(text[0]) || TextChars.IsQuote(text[0]))))
        {
            return false;
        }

        int words = TextChars.CountWords(text);
        if (words > MaxTitleWords || (words > 8 && text[^1] == '.'))
        {
            return false;
        }

        title = text.ToString();
        return true;
    }
}
