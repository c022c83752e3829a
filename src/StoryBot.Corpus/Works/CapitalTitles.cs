using System.Globalization;
using System.Text;

namespace StoryBot.Corpus.Works;

/// <summary>
/// A chapter title set all in capitals (Project Gutenberg's "MORNING AT THE FARM") in title case: "Morning at the Farm".
/// Roman numerals stay capitals ("Part II"), short articles, conjunctions and prepositions are lower case except first
/// and after a colon or full stop, a hyphen's parts are each capitalised ("Rabbit-Hole"), a letter after an apostrophe
/// is lower case unless a one-letter prefix names ("O'Brien"). A title with any lower-case letter, or a single word of
/// at most four letters (an acronym: "USA"), is left as it is.
/// </summary>
public static class CapitalTitles
{
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "by", "for", "with", "from", "as", "into", "upon", "vs", "à", "de", "du", "des", "la", "le", "les", "et", "y",
    };

    public static string? FromCapitals(string? title)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Any(char.IsLower) || title.Count(char.IsLetter) < 2)
        {
            return title;
        }

        string[] words = title.Split(' ');
        if (words.Count(w => w.Any(char.IsLetter)) == 1 && title.Count(char.IsLetter) <= 4)
        {
            return title;
        }

        var result = new StringBuilder(title.Length);
        bool first = true;
        for (int i = 0; i < words.Length; i++)
        {
            string word = words[i];
            result.Append(i > 0 ? " " : string.Empty).Append(Word(word, first));
            if (word.Any(char.IsLetterOrDigit))
            {
                first = word[^1] is ':' or '.' or '!' or '?' or ';' or '—';
            }
        }

        return result.ToString();
    }

    private static string Word(string word, bool first)
    {
        string letters = new([.. word.Where(char.IsLetter)]);
        if (letters.Length == 0 || IsRoman(letters) && letters != "I" && letters.Length == word.TrimEnd('.', ',', ':', ';', '!', '?').Length)
        {
            return word;
        }

        string lower = word.ToLower(CultureInfo.InvariantCulture);
        if (!first && Small.Contains(lower.TrimEnd('.', ',', ':', ';', '!', '?')))
        {
            return lower;
        }

        var chars = lower.ToCharArray();
        bool start = true;
        for (int c = 0; c < chars.Length; c++)
        {
            if (char.IsLetter(chars[c]))
            {
                if (start)
                {
                    chars[c] = char.ToUpper(chars[c], CultureInfo.InvariantCulture);
                }

                start = false;
            }
            else if (chars[c] == '-')
            {
                start = true;
            }
            else if (chars[c] is '\'' or '’')
            {
                // "O'Brien", "D'Artagnan"; but "King's", "I'll".
                start = c == 1 && char.IsLetter(chars[0]) && chars.Length - c - 1 >= 3 && chars[0] is 'O' or 'D';
            }
        }

        return new string(chars);
    }

    private static bool IsRoman(string letters)
    {
        if (letters.Any(c => "IVXLCDM".IndexOf(c, StringComparison.Ordinal) < 0))
        {
            return false;
        }

        // Canonical numerals only (so "MIX" is, "DID" and "CIVIC" are not words mistaken for numbers: neither is canonical).
        int value = 0;
        int previous = 0;
        for (int i = letters.Length - 1; i >= 0; i--)
        {
            int digit = letters[i] switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, 'C' => 100, 'D' => 500, _ => 1000 };
            value += digit < previous ? -digit : digit;
            previous = Math.Max(previous, digit);
        }

        return value is > 0 and < 4000 && string.Equals(ToRoman(value), letters, StringComparison.Ordinal);
    }

    private static string ToRoman(int value)
    {
        (int Value, string Text)[] table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var text = new StringBuilder();
        foreach ((int v, string t) in table)
        {
            while (value >= v)
            {
                text.Append(t);
                value -= v;
            }
        }

        return text.ToString();
    }
}
