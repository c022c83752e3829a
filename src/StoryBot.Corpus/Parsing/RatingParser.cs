namespace StoryBot.Corpus.Parsing;

using StoryBot.Corpus.Model;

/// <summary>
/// Maps the ratings fan-fiction sites print to <see cref="Rating"/>: FanFiction.net (K, K+, T, M, MA), AO3 (General
/// Audiences, Teen And Up Audiences, Mature, Explicit, Not Rated, and their G/T/M/E letters), MPAA (G, PG, PG-13, R, NC-17)
/// and free-form words (Teen, Adult, 18+).
/// </summary>
public static class RatingParser
{
    private static readonly Dictionary<string, Rating> Ratings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["K"] = Rating.General, ["K+"] = Rating.General, ["G"] = Rating.General, ["PG"] = Rating.General,
        ["General"] = Rating.General, ["General Audiences"] = Rating.General, ["Gen"] = Rating.General,
        ["All Ages"] = Rating.General, ["Everyone"] = Rating.General, ["U"] = Rating.General, ["Kids"] = Rating.General,
        ["T"] = Rating.Teen, ["T+"] = Rating.Teen, ["Teen"] = Rating.Teen, ["Teens"] = Rating.Teen, ["PG-13"] = Rating.Teen,
        ["PG13"] = Rating.Teen, ["PG 13"] = Rating.Teen, ["Teen And Up"] = Rating.Teen, ["Teen And Up Audiences"] = Rating.Teen,
        ["13+"] = Rating.Teen, ["12+"] = Rating.Teen, ["PG-15"] = Rating.Teen, ["15+"] = Rating.Teen, ["15"] = Rating.Teen,
        ["M"] = Rating.Mature, ["Mature"] = Rating.Mature, ["R"] = Rating.Mature, ["16+"] = Rating.Mature, ["17+"] = Rating.Mature,
        ["MA"] = Rating.Explicit, ["E"] = Rating.Explicit, ["Explicit"] = Rating.Explicit, ["NC-17"] = Rating.Explicit,
        ["NC17"] = Rating.Explicit, ["X"] = Rating.Explicit, ["XXX"] = Rating.Explicit, ["18+"] = Rating.Explicit,
        ["Adult"] = Rating.Explicit, ["Adults Only"] = Rating.Explicit, ["NSFW"] = Rating.Explicit, ["Smut"] = Rating.Explicit,
        ["Not Rated"] = Rating.Unrated, ["Unrated"] = Rating.Unrated, ["NR"] = Rating.Unrated, ["None"] = Rating.Unrated,
    };

    /// <summary>
    /// Parses a rating value. Tolerates FanFiction.net's "Fiction T - English - Romance …" and trailing notes
    /// ("M for violence", "T (language)").
    /// </summary>
    public static bool TryParse(string? value, out Rating rating)
    {
        rating = Rating.Unrated;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        string text = value.Trim().Trim('.', '"', '\'', '[', ']');
        if (text.StartsWith("Fiction ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[8..].TrimStart();
        }

        int dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            text = text[..dash];
        }

        if (Ratings.TryGetValue(text, out rating))
        {
            return true;
        }

        // "M for violence", "T (language)", "Rated M": try the first word, then the last.
        string[] words = text.Split([' ', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && (Ratings.TryGetValue(words[0], out rating) || Ratings.TryGetValue(words[^1], out rating));
    }
}
