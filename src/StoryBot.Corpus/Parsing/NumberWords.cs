using System.Globalization;

namespace StoryBot.Corpus.Parsing;

/// <summary>Reads chapter numbers as authors write them: "12", "One", "Twenty-One", "twenty one", "Third", "XIV".</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12, ["thirteenth"] = 13,
        ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17, ["eighteenth"] = 18,
        ["nineteenth"] = 19,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60,
        ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
    };

    /// <summary>Parses a whole number phrase (digits, words up to 999, or a Roman numeral up to 399).</summary>
    public static bool TryParse(ReadOnlySpan<char> value, out int number)
    {
        value = value.Trim();
        number = 0;
        if (value.IsEmpty || value.Length > 40)
        {
            return false;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return true;
        }

        return TryParseWords(value, out number) || TryParseRoman(value, out number);
    }

    /// <summary>Reads a number at the start of <paramref name="value"/>, returning how many chars it used (0 if none).</summary>
    internal static int ReadLeading(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        int digits = 0;
        while (digits < value.Length && digits < 6 && char.IsAsciiDigit(value[digits]))
        {
            digits++;
        }

        if (digits > 0)
        {
            if (digits < value.Length && char.IsLetter(value[digits]) && !IsOrdinalSuffix(value[digits..]))
            {
                return 0;
            }

            number = int.Parse(value[..digits], NumberStyles.None, CultureInfo.InvariantCulture);
            return digits < value.Length && IsOrdinalSuffix(value[digits..]) ? digits + 2 : digits;
        }

        // Up to three words ("One", "Twenty-One", "Twenty One", "One Hundred Two"): longest prefix that parses.
        int best = 0;
        int end = 0;
        for (int words = 0; words < 4 && end < value.Length; words++)
        {
            int next = value[end..].IndexOfAny(' ', ':', ',');
            int candidateEnd = next < 0 ? value.Length : end + next;
            ReadOnlySpan<char> candidate = value[..candidateEnd].TrimEnd('.');
            if (candidate.Length > 0 && char.IsLetterOrDigit(candidate[^1]) && (TryParseWords(candidate, out int parsed) || (words == 0 && TryParseRoman(candidate, out parsed))))
            {
                best = candidate.Length;
                number = parsed;
            }

            if (next < 0 || value[candidateEnd] != ' ')
            {
                break;
            }

            end = candidateEnd + 1;
        }

        return best;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> rest) =>
        rest.Length >= 2 && (rest[..2].Equals("st", StringComparison.OrdinalIgnoreCase) || rest[..2].Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest[..2].Equals("rd", StringComparison.OrdinalIgnoreCase) || rest[..2].Equals("th", StringComparison.OrdinalIgnoreCase))
            && (rest.Length == 2 || !char.IsLetter(rest[2]));

    private static bool TryParseWords(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        int current = 0;
        bool any = false;
        bool lastWasTens = false;
        foreach (Range range in value.SplitAny(' ', '-'))
        {
            ReadOnlySpan<char> word = value[range];
            if (word.IsEmpty || word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var lookupUnits = Units.GetAlternateLookup<ReadOnlySpan<char>>();
            var lookupTens = Tens.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookupUnits.TryGetValue(word, out int unit))
            {
                if (any && !lastWasTens && current % 100 != 0)
                {
                    return false;
                }

                current += unit;
                lastWasTens = false;
            }
            else if (lookupTens.TryGetValue(word, out int tens))
            {
                if (any && current % 100 != 0)
                {
                    return false;
                }

                current += tens;
                lastWasTens = true;
            }
            else if (word.Equals("hundred", StringComparison.OrdinalIgnoreCase) || word.Equals("hundredth", StringComparison.OrdinalIgnoreCase))
            {
                if (!any || current is 0 or >= 10)
                {
                    return false;
                }

                current *= 100;
                lastWasTens = false;
            }
            else
            {
                return false;
            }

            any = true;
        }

        number = current;
        return any;
    }

    private static bool TryParseRoman(ReadOnlySpan<char> value, out int number)
    {
        number = 0;
        if (value.IsEmpty || value.Length > 9 || value.ContainsAnyExcept("IVXLivxl"))
        {
            return false;
        }

        int total = 0;
        for (int i = 0; i < value.Length; i++)
        {
            int current = RomanValue(value[i]);
            int next = i + 1 < value.Length ? RomanValue(value[i + 1]) : 0;
            total += current < next ? -current : current;
        }

        number = total;
        return total is > 0 and < 400 && ToRoman(total).Equals(value.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    private static int RomanValue(char c) => char.ToUpperInvariant(c) switch
    {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        'L' => 50,
        _ => 0,
    };

    private static string ToRoman(int value)
    {
        ReadOnlySpan<(int Value, string Symbol)> table = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new System.Text.StringBuilder();
        foreach ((int amount, string symbol) in table)
        {
            while (value >= amount)
            {
                builder.Append(symbol);
                value -= amount;
            }
        }

        return builder.ToString();
    }
}
