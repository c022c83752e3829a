using System.Text.RegularExpressions;

namespace StoryBot.Trivia.Questions;

/// <summary>Word-level helpers for judging and cutting lines.</summary>
internal static partial class TriviaText
{
    /// <summary>Exclamations and filler: a line made only of these and names is "just an exclamation or a name".</summary>
    private static readonly HashSet<string> FillerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "ah", "ahh", "ahhh", "aah", "argh", "aw", "aww", "bah", "damn", "dammit", "eh", "er", "erm", "geez", "gah",
        "gasp", "ha", "hah", "haha", "hahaha", "heh", "hehe", "hey", "hm", "hmm", "hmph", "hn", "huh", "no", "nope", "o",
        "oh", "ohh", "ok", "okay", "oi", "ooh", "oops", "ouch", "ow", "please", "right", "shh", "so", "sorry", "the", "tch",
        "thanks", "uh", "ugh", "um", "umm", "well", "what", "whoa", "wow", "ya", "yay", "yea", "yeah", "yes", "yo", "you",
    };

    /// <summary>The words of a text: whitespace-separated tokens that contain a letter or digit.</summary>
    public static string[] Tokens(string text) =>
        [.. text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(token => token.Any(char.IsLetterOrDigit))];

    public static int CountWords(string text) => Tokens(text).Length;

    /// <summary>A token lower-cased and stripped of surrounding punctuation and a possessive: <c>"Naruto's,"</c> → <c>naruto</c>.</summary>
    public static string Normalize(string token)
    {
        var trimmed = token.Trim().Trim(Punctuation);
        if (trimmed.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[..^2];
        }

        return trimmed.ToLowerInvariant();
    }

    /// <summary>
    /// True when the text says something: enough distinct words that are neither names nor interjections, and not one
    /// word repeated ("No! No! No! No! No! No!").
    /// </summary>
    public static bool HasSubstance(string text, IReadOnlySet<string> nameTokens, int minContentWords)
    {
        var words = Tokens(text).Select(Normalize).Where(word => word.Length > 0).ToArray();
        if (words.Length == 0)
        {
            return false;
        }

        var distinct = words.ToHashSet(StringComparer.Ordinal);
        var content = distinct.Count(word => !FillerWords.Contains(word) && !nameTokens.Contains(word) && StutterFree(word).Length > 1);
        return content >= minContentWords && distinct.Count * 2 >= words.Length;
    }

    /// <summary>Collapses whitespace and normalises text for equality checks between choices.</summary>
    public static string Comparable(string text) =>
        string.Join(' ', Tokens(text).Select(Normalize)).Trim();

    public static bool EndsLikeASentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('"', '\'', '”', '’', ')', '*', '_');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '…';
    }

    public static bool StartsLikeASentence(string text)
    {
        var first = text.FirstOrDefault(char.IsLetterOrDigit);
        return first != default && !char.IsLower(first);
    }

    /// <summary>"I-I" → "I"; "N-no" → "no".</summary>
    private static string StutterFree(string word) => StutterPattern().Replace(word, string.Empty);

    private static readonly char[] Punctuation = [.. "\"'“”‘’.,;:!?…()[]{}*_~-—–`"];

    [GeneratedRegex(@"^(\w)-(?=\1)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StutterPattern();
}
