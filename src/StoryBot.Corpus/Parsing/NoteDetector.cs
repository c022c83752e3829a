using System.Runtime.CompilerServices;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Parsing;

/// <summary>Recognises author's notes ("A/N:", "AN:", "Author's Note"), disclaimers and numbered footnotes ("(1) …").</summary>
internal static class NoteDetector
{
    private static readonly string[] AuthorNotePrefixes =
    [
        "a/n", "a\\n", "a.n.", "a.n:", "a. n.", "author's note", "authors note", "author's notes", "authors notes",
        "author note", "author notes", "authors' note", "author’s note", "author’s notes", "an:", "an -", "an–", "an —",
        "end notes", "end note", "beta note", "beta's note",
    ];

    private static readonly string[] WeakNotePrefixes = ["note:", "notes:", "note -", "ps:", "p.s.", "p.s:", "ps."];

    private static readonly string[] DisclaimerPhrases =
    [
        "don't own", "dont own", "do not own", "don’t own", "doesn't own", "does not own", "own nothing", "not mine",
        "doesn't belong to me", "does not belong to me", "don't belong to me", "belongs to masashi", "belong to masashi",
        "no copyright", "claim no ownership", "all rights belong", "rights go to", "property of",
    ];

    /// <summary>A note kind when the paragraph opens like a note anywhere in the chapter; null otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NoteKind? Anywhere(ReadOnlySpan<char> paragraph)
    {
        ReadOnlySpan<char> start = Opening(paragraph);

        // Every prefix opens with a, b, d or e: a paragraph opening with another ASCII character is no note (most are not).
        if (start.Length > 0 && start[0] < 0x80 && (start[0] | 0x20) is not ('a' or 'b' or 'd' or 'e'))
        {
            return null;
        }

        if (start.StartsWith("disclaimer", StringComparison.OrdinalIgnoreCase))
        {
            return NoteKind.Disclaimer;
        }

        foreach (string prefix in AuthorNotePrefixes)
        {
            if (start.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && EndsWord(start, prefix.Length))
            {
                return NoteKind.AuthorNote;
            }
        }

        return null;
    }

    /// <summary>
    /// Like <see cref="Anywhere"/>, plus what only counts at the very start or end of a chapter: "Note:" and unlabelled
    /// disclaimers ("I don't own Naruto").
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NoteKind? AtEdge(ReadOnlySpan<char> paragraph)
    {
        if (Anywhere(paragraph) is NoteKind kind)
        {
            return kind;
        }

        ReadOnlySpan<char> start = Opening(paragraph);
        foreach (string prefix in WeakNotePrefixes)
        {
            if (start.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return NoteKind.AuthorNote;
            }
        }

        if (paragraph.Length <= 400 && paragraph.IndexOfAny("\"“”") < 0)
        {
            foreach (string phrase in DisclaimerPhrases)
            {
                if (paragraph.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    return NoteKind.Disclaimer;
                }
            }
        }

        return null;
    }

    /// <summary>"(1) …", "[2] …", "*3 …": the footnote number, or null.</summary>
    public static int? FootnoteNumber(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.Length < 3)
        {
            return null;
        }

        char open = paragraph[0];
        char close = open switch
        {
            '(' => ')',
            '[' => ']',
            '{' => '}',
            _ => '\0',
        };
        if (close == '\0')
        {
            return null;
        }

        int end = paragraph[1..].IndexOf(close);
        if (end is < 1 or > 3 || paragraph[1..(end + 1)].ContainsAnyExceptInRange('0', '9'))
        {
            return null;
        }

        return int.Parse(paragraph[1..(end + 1)], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ReadOnlySpan<char> Opening(ReadOnlySpan<char> paragraph)
    {
        ReadOnlySpan<char> start = paragraph.TrimStart("([{*~-_=#<> \t\u00A0");
        return start[..Math.Min(start.Length, 40)];
    }

    private static bool EndsWord(ReadOnlySpan<char> text, int length) =>
        length >= text.Length || !char.IsLetterOrDigit(text[length]) || text[length - 1] is ':' or '-' or '.';
}
