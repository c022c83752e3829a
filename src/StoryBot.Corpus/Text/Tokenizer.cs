using System.Runtime.CompilerServices;

namespace StoryBot.Corpus.Text;

/// <summary>
/// Splits text into words and punctuation. A word keeps inner apostrophes and hyphens (don't, Naruto's, Naruto-kun) and
/// the period of a title abbreviation (Mr., Mrs., Dr.), so a title never ends a sentence.
/// </summary>
public static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Sr", "Jr", "Mt", "Capt", "Lt", "Col", "Gen", "Sgt", "Rev", "Hon", "Fr", "Messrs", "Mme", "Mlle",
    };

    private static readonly WordSet AbbreviationLookup = new(Abbreviations);

    /// <summary>Appends the tokens of <paramref name="text"/>[start, end) to <paramref name="tokens"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var w = WordEnd(text, i, end);
                if (w < end && text[w] == '.' && AbbreviationLookup.Contains(text.AsSpan(i, w - i)))
                {
                    w++;
                }

                tokens.Add(new Token(i, w - i, TokenKind.Word));
                i = w;
                continue;
            }

            tokens.Add(new Token(i, 1, TokenKind.Punctuation));
            i++;
        }
    }

    /// <summary>
    /// Where the word starting at <paramref name="start"/> (a letter or digit) ends: after its letters and digits and
    /// any inner apostrophe or hyphen followed by one; before a title abbreviation's period, which <see cref="Tokenize"/> adds.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordEnd(string text, int start, int end)
    {
        var w = start + 1;
        while (w < end)
        {
            var d = text[w];
            if (char.IsLetterOrDigit(d))
            {
                w++;
            }
            else if (d is '\'' or '\u2019' or '-' && w + 1 < end && char.IsLetterOrDigit(text[w + 1]))
            {
                w += 2;
            }
            else
            {
                break;
            }
        }

        return w;
    }

    public static bool IsSentenceEnd(char c) => c is '.' or '!' or '?' or '\u2026';
}
