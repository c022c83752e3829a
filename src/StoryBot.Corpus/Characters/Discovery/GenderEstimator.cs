using System.Runtime.InteropServices;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Gender from the pronouns that refer to a name: in narration, the first he/him/his or she/her/hers after a mention,
/// before any other name, counts as a vote. A clear majority (three to one, at least three votes) decides.
/// </summary>
internal static class GenderEstimator
{
    private const int Window = 25;
    private const int MinVotes = 3;

    public static Gender[] Estimate(IReadOnlyList<ParsedChapter> chapters, CharacterList characters)
    {
        var male = new int[characters.Characters.Count];
        var female = new int[characters.Characters.Count];
        var matcher = characters.Matcher;
        var tokens = new List<Token>();
        var inQuote = new List<bool>();
        foreach (var chapter in chapters)
        {
            var text = chapter.Text;
            foreach (var paragraph in chapter.Paragraphs)
            {
                TextNameCollector.Tokenise(text, paragraph, tokens, inQuote);
                var span = CollectionsMarshal.AsSpan(tokens);
                var pending = -1;
                var since = 0;
                for (var i = 0; i < span.Length; i++)
                {
                    if (inQuote[i] || !span[i].IsWord)
                    {
                        continue;
                    }

                    if (++since > Window)
                    {
                        pending = -1;
                    }

                    if (char.IsUpper(text[span[i].Start]))
                    {
                        var match = matcher.Match(text, span, i);
                        if (match.Success)
                        {
                            pending = match.Possessive || match.Ambiguous ? -1 : match.Character;
                            since = 0;
                            i += match.TokenCount - 1;
                            continue;
                        }
                    }

                    if (pending < 0)
                    {
                        continue;
                    }

                    var gender = PronounGender(span[i].Span(text));
                    if (gender == Gender.Male)
                    {
                        male[pending]++;
                        pending = -1;
                    }
                    else if (gender == Gender.Female)
                    {
                        female[pending]++;
                        pending = -1;
                    }
                }
            }
        }

        var genders = new Gender[male.Length];
        for (var c = 0; c < genders.Length; c++)
        {
            genders[c] = male[c] + female[c] < MinVotes ? Gender.Unknown
                : male[c] >= 3 * female[c] ? Gender.Male
                : female[c] >= 3 * male[c] ? Gender.Female
                : Gender.Unknown;
        }

        return genders;
    }

    private static Gender PronounGender(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ||
          word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : Gender.Unknown;
}
