using System.Globalization;
using System.Text;

namespace StoryBot.Bench.Generation;

/// <summary>Chapter numbers as real files write them: Roman numerals (<c>XII</c>) and words (<c>Twenty-One</c>).</summary>
internal static class NumberNames
{
    private static readonly (int Value, string Numeral)[] Numerals =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    private static readonly string[] Tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"];

    public static string Roman(int number)
    {
        var text = new StringBuilder();
        foreach (var (value, numeral) in Numerals)
        {
            for (; number >= value; number -= value)
            {
                text.Append(numeral);
            }
        }

        return text.ToString();
    }

    /// <summary>1–99 in words (<c>Twelve</c>, <c>Forty-Two</c>); digits beyond.</summary>
    public static string Words(int number) => number switch
    {
        >= 1 and <= 20 => TitleWords.Numbers[number - 1],
        > 20 and < 100 => number % 10 == 0 ? Tens[number / 10] : $"{Tens[number / 10]}-{TitleWords.Numbers[(number % 10) - 1]}",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
