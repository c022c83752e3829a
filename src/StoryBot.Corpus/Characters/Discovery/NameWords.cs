using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// The words a found name is made of: a capitalised word that is no common word, title or speech verb, or a surname with
/// its particles (<c>de Saint-Méran</c>, <c>van der Berg</c>: one word, the particles in lower case however written).
/// </summary>
internal static class NameWords
{
    private const int MaxParticles = 2;

    /// <summary>
    /// The name word at <paramref name="j"/> (inside quotes when <paramref name="quoted"/>), possessive and honorific
    /// suffix stripped, or null; <paramref name="next"/> is the token after it.
    /// </summary>
    public static string? Read(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int j, bool quoted, out int next, out bool possessive)
    {
        next = j;
        possessive = false;
        var k = j;
        while (k < tokens.Length && k - j < MaxParticles && inQuote[k] == quoted && tokens[k].IsWord && NameParticles.Contains(tokens[k].Span(text)))
        {
            k++;
        }

        if (k >= tokens.Length || inQuote[k] != quoted || !IsNameWord(text, tokens[k]))
        {
            return null;
        }

        var word = Honorifics.Base(tokens[k].Span(text), out possessive).ToString();
        next = k + 1;
        if (k == j)
        {
            return word;
        }

        var parts = new string[k - j + 1];
        for (var p = j; p < k; p++)
        {
            parts[p - j] = tokens[p].Span(text).ToString().ToLowerInvariant();
        }

        parts[^1] = word;
        return string.Join(' ', parts);
    }

    /// <summary>A name opening with a lower-case particle (<c>said van der Berg</c>), not after an article (<c>the van</c>).</summary>
    public static bool StartsWithParticle(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int i) =>
        !inQuote[i] && NameParticles.Contains(tokens[i].Span(text)) && (i == 0 || !tokens[i - 1].IsWord || !IsDeterminer(tokens[i - 1].Span(text))) &&
        Read(text, tokens, inQuote, i, quoted: false, out _, out _) is not null;

    public static bool IsNameWord(string text, Token token)
    {
        if (!token.IsWord || !char.IsUpper(text[token.Start]) || token.Length < 2)
        {
            return false;
        }

        var word = token.Span(text);
        var stripped = Honorifics.Base(word, out _);
        if (CommonWords.Contains(stripped) || CourtesyTitles.IsAnyTitle(word, out _) || RankWords.IsTitle(word, out _) || Lexicon.IsSpeechVerb(stripped) ||
            NameParticles.Contains(stripped))
        {
            return false;
        }

        // Shouted words (NO, STOP) and numbers are no names: a name has a lower-case letter and no digit.
        var lower = false;
        foreach (var c in stripped)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            lower |= char.IsLower(c);
        }

        return lower;
    }

    public static bool IsQuoteMark(string text, Token token) =>
        !token.IsWord && token.Length == 1 && text[token.Start] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

    public static bool IsPlaceWord(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("near", StringComparison.OrdinalIgnoreCase) || word.Equals("towards", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("toward", StringComparison.OrdinalIgnoreCase) || word.Equals("across", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("through", StringComparison.OrdinalIgnoreCase) || word.Equals("via", StringComparison.OrdinalIgnoreCase);

    public static bool IsDeterminer(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("an", StringComparison.OrdinalIgnoreCase) || word.Equals("his", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("her", StringComparison.OrdinalIgnoreCase) || word.Equals("their", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("your", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("this", StringComparison.OrdinalIgnoreCase) || word.Equals("that", StringComparison.OrdinalIgnoreCase);
}
