namespace StoryBot.Corpus.Parsing;

/// <summary>Chapter lines of a header or a body: "Chapter One: Many Regrets", "Ch. 3 - Title", "Part 1:", "Prologue"; the number and title they give.</summary>
internal static class ChapterLine
{
    /// <summary>"Chapter One: Many Regrets", "Chapter 21 - Title", "Ch. 3", "Part 1:", "Prologue", "Epilogue: After".</summary>
    internal static bool TryRead(ReadOnlySpan<char> content, MetadataBuilder metadata)
    {
        ReadOnlySpan<char> rest;
        bool part = false;
        if (StartsWithWord(content, "chapter", out rest) || StartsWithWord(content, "ch.", out rest)
            || StartsWithWord(content, "chap.", out rest) || (part = StartsWithWord(content, "part", out rest)))
        {
            rest = rest.TrimStart();
            if (rest.StartsWith(':'))
            {
                // "Chapter: 5 - Title" is a key-value line, handled the same way.
                rest = rest[1..].TrimStart();
            }

            int used = NumberWords.ReadLeading(rest, out int number);
            if (used == 0)
            {
                return false;
            }

            ReadOnlySpan<char> title = TitleAfterNumber(rest[used..], out bool separated);
            if (!separated && !title.IsEmpty && (!char.IsAsciiDigit(rest[0]) || char.IsLower(title[0])))
            {
                return false; // "Part of me wanted…" / "Chapter 3 was the worst…": prose, not a header.
            }

            if (!title.IsEmpty && TextChars.IsSentenceEnd(title[^1]) && title[^1] is not ')' and not '…' && title.Length > 60)
            {
                return false;
            }

            metadata.SetChapterNumber(number);

            // "Part 2:" orders like chapter 2 but is called Part 2, never "Chapter 2".
            string? label = part ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Part {number}") : null;
            metadata.SetChapterTitle(title.IsEmpty ? label : label is null ? title.ToString() : $"{label}: {title}");
            return true;
        }

        foreach (string special in (ReadOnlySpan<string>)["Prologue", "Epilogue", "Interlude", "Omake"])
        {
            if (StartsWithWord(content, special, out rest))
            {
                ReadOnlySpan<char> title = TitleAfterNumber(rest, out bool separated);
                if (!title.IsEmpty && !separated)
                {
                    return false;
                }

                metadata.SetChapterTitle(title.IsEmpty ? special : $"{special}: {title}");
                return true;
            }
        }

        return false;
    }

    internal static void ApplyValue(string value, MetadataBuilder metadata)
    {
        int used = NumberWords.ReadLeading(value, out int number);
        if (used > 0)
        {
            metadata.SetChapterNumber(number);
            ReadOnlySpan<char> title = TitleAfterNumber(value.AsSpan(used), out _);
            metadata.SetChapterTitle(title.IsEmpty ? null : title.ToString());
        }
        else
        {
            metadata.SetChapterTitle(value);
        }
    }

    private static ReadOnlySpan<char> TitleAfterNumber(ReadOnlySpan<char> rest, out bool separated)
    {
        ReadOnlySpan<char> trimmed = rest.TrimStart();
        separated = trimmed.IsEmpty || trimmed[0] is ':' or '-' or '–' or '—' or '.' or '|' or '~' or '(' or '=';
        ReadOnlySpan<char> title = trimmed.TrimStart(":-–—.|~= ").Trim();
        if (trimmed.StartsWith('(') && title.EndsWith(')'))
        {
            title = title.TrimStart('(')[..^1].Trim();
        }

        return title.Trim().Trim("\"“”");
    }

    internal static bool StartsWithWord(ReadOnlySpan<char> content, string word, out ReadOnlySpan<char> rest)
    {
        rest = default;
        if (!content.StartsWith(word, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = content[word.Length..];
        return rest.IsEmpty || !char.IsLetter(rest[0]) || word.EndsWith('.');
    }
}
