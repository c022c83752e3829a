using System.Runtime.InteropServices;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Gender from the pronouns that refer to a name. In narration, the first he/him/his or she/her/hers after a mention,
/// before any other name or described person ("the girl"), is a vote; in the name's own sentence "him", and "her" used
/// as an object ("looked at her."), are someone else and no vote. A clear majority (three to one, at least three votes)
/// decides. Short texts rarely give three, so some votes are <em>sure</em>: the name opens its sentence (or a speech
/// tag names it: <c>said Clara.</c>) and the pronoun is he/she opening the next sentence or an and/then/but clause
/// (<c>Clara put the cup down. She …</c>) or himself/herself in the name's own sentence; and a kin word in apposition
/// (<c>his sister Clara</c>, <c>her father, Edmund</c>). Two votes of one gender and none of the other decide (sure or
/// not). Otherwise a common given name (<see cref="GivenNames"/>) decides when no vote says the other
/// gender; else the gender stays unknown. (His and her are never sure: "Mira grabbed his sleeve".)
/// </summary>
internal static class GenderEstimator
{
    private const int Window = 25;
    private const int MinVotes = 3;
    private const int MinAgreeingVotes = 2;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FunctionWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "or", "but", "to", "in", "at", "with", "for", "from", "on", "off", "up", "down", "out", "away",
        "back", "again", "his", "her", "that", "as", "so", "then", "into", "over", "across", "by", "of", "if", "too", "once",
        "now", "still", "all", "some", "what", "how", "why", "where", "when", "about", "through", "round", "around", "before",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <param name="prior">Per character, the gender its given name suggests (unknown for none): taken when the votes decide nothing and no more say the other gender than agree.</param>
    /// <param name="neverSpeaks">Per character, whether it is never the subject of a speech verb (only addressed or mentioned): its given name is taken only when no vote says the other gender.</param>
    public static Gender[] Estimate(IReadOnlyList<ParsedChapter> chapters, CharacterList characters, IReadOnlyList<Gender>? prior = null, IReadOnlyList<bool>? neverSpeaks = null)
    {
        var votes = Votes(chapters, characters);
        var genders = new Gender[votes.Male.Length];
        for (var c = 0; c < genders.Length; c++)
        {
            genders[c] = Decide(votes.Male[c], votes.Female[c], votes.SureMale[c], votes.SureFemale[c]);
            var given = prior is null ? Gender.Unknown : prior[c];
            var contrary = given == Gender.Male ? votes.Female[c] : votes.Male[c];
            var agreeing = given == Gender.Male ? votes.Male[c] : votes.Female[c];
            if (genders[c] == Gender.Unknown && given != Gender.Unknown && (neverSpeaks is not null && neverSpeaks[c] ? contrary == 0 : contrary <= agreeing))
            {
                genders[c] = given;
            }
        }

        return genders;
    }

    internal static Gender Decide(int male, int female, int sureMale, int sureFemale)
    {
        if (male + female >= MinVotes)
        {
            if (male >= 3 * female)
            {
                return Gender.Male;
            }

            if (female >= 3 * male)
            {
                return Gender.Female;
            }
        }

        // Fewer than three: two votes of one gender and none of the other (on the open labelled sets such a pair never
        // said the wrong gender: 75 of 75 found characters, sure votes or not). A single vote, even a sure one, decides
        // nothing: "said Walter Brisk. She laughed" must not outvote his given name. (The sure counts are kept for a rule
        // that may weigh them again; today they decide nothing more than plain votes.)
        _ = (sureMale, sureFemale);
        if (male >= MinAgreeingVotes && female == 0)
        {
            return Gender.Male;
        }

        return female >= MinAgreeingVotes && male == 0 ? Gender.Female : Gender.Unknown;
    }

    /// <summary>The votes each character gets (all, and the sure ones among them).</summary>
    internal static (int[] Male, int[] Female, int[] SureMale, int[] SureFemale) Votes(IReadOnlyList<ParsedChapter> chapters, CharacterList characters)
    {
        var count = characters.Characters.Count;
        var (male, female, sureMale, sureFemale) = (new int[count], new int[count], new int[count], new int[count]);
        var matcher = characters.Matcher;
        var ranks = RankOwners(characters);
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
                var subject = false;
                var sentenceEnded = false;
                var since = 0;
                for (var i = 0; i < span.Length; i++)
                {
                    if (inQuote[i])
                    {
                        continue;
                    }

                    if (!span[i].IsWord)
                    {
                        sentenceEnded |= span[i].Length == 1 && text[span[i].Start] is '.' or '!' or '?' or ';';
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
                            if (pending >= 0 && KinBefore(text, span, inQuote, i) is var kin and not Gender.Unknown)
                            {
                                (kin == Gender.Male ? sureMale : sureFemale)[pending]++;
                                (kin == Gender.Male ? male : female)[pending]++;
                            }

                            subject = pending >= 0 && IsSubject(text, span, inQuote, i, i + match.TokenCount);
                            sentenceEnded = false;
                            since = 0;
                            i += match.TokenCount - 1;
                            continue;
                        }
                    }

                    var word = span[i].Span(text);
                    if (ranks.Count > 0 && i + 1 < span.Length && !inQuote[i + 1] && span[i + 1].IsWord && word.Equals("the", StringComparison.OrdinalIgnoreCase) &&
                        RankWords.Epithet(span[i + 1].Span(text)) is { } rank && ranks.TryGetValue(rank, out var owner))
                    {
                        // "The Captain laughed. He …": the one character with that rank.
                        pending = owner;
                        subject = owner >= 0 && (i == 0 || inQuote[i - 1] || (!span[i - 1].IsWord && span[i - 1].Length == 1 && text[span[i - 1].Start] is '.' or '!' or '?' or ';') ||
                                                 (span[i - 1].IsWord && Lexicon.IsSpeechVerb(span[i - 1].Span(text)) && (i < 2 || inQuote[i - 2] || span[i - 2].Is(text, ','))));
                        sentenceEnded = false;
                        since = 0;
                        i++;
                        continue;
                    }

                    if (pending < 0)
                    {
                        continue;
                    }

                    if (PersonNouns.TryGet(word, out _) && i > 0 && span[i - 1].IsWord && PersonNouns.IsLead(span[i - 1].Span(text)))
                    {
                        pending = -1; // "Walter looked at the girl. She …": she is the girl
                        continue;
                    }

                    var gender = PronounGender(word);
                    if (gender == Gender.Unknown)
                    {
                        continue;
                    }

                    if (subject && !sentenceEnded && IsObject(text, span, i, word))
                    {
                        continue; // "Loretta looked at him": in its subject's own sentence an object pronoun is someone else
                    }

                    (gender == Gender.Male ? male : female)[pending]++;
                    if (subject && IsSureVote(text, span, i, word, sentenceEnded))
                    {
                        (gender == Gender.Male ? sureMale : sureFemale)[pending]++;
                    }

                    pending = -1;
                }
            }
        }

        return (male, female, sureMale, sureFemale);
    }

    /// <summary>Rank → the one character whose name or alias starts with it (Captain Everard Stowe), or -1 when several do.</summary>
    private static Dictionary<string, int> RankOwners(CharacterList characters)
    {
        var owners = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < characters.Characters.Count; c++)
        {
            foreach (var name in characters.Characters[c].Aliases.Prepend(characters.Characters[c].Name))
            {
                var space = name.IndexOf(' ', StringComparison.Ordinal);
                if (space > 0 && RankWords.Epithet(name.AsSpan(0, space)) is { } rank)
                {
                    owners[rank] = owners.TryGetValue(rank, out var other) && other != c ? -1 : c;
                }
            }
        }

        return owners;
    }

    /// <summary>
    /// The name opens its sentence (paragraph start, after . ! ? or a closing quote) and a word follows it, or a speech
    /// verb right after a quote names it (<c>"…," said Clara.</c>).
    /// </summary>
    private static bool IsSubject(string text, ReadOnlySpan<Token> tokens, List<bool> inQuote, int start, int end)
    {
        if (start > 0 && tokens[start - 1].IsWord && Lexicon.IsSpeechVerb(tokens[start - 1].Span(text)))
        {
            return start < 2 || inQuote[start - 2] || (tokens[start - 2].Length == 1 && text[tokens[start - 2].Start] == ',');
        }

        if (end >= tokens.Length || !tokens[end].IsWord || inQuote[end] || !char.IsLower(text[tokens[end].Start]))
        {
            return false;
        }

        return start == 0 || inQuote[start - 1] || (!tokens[start - 1].IsWord && tokens[start - 1].Length == 1 && text[tokens[start - 1].Start] is '.' or '!' or '?' or ';');
    }

    /// <summary>him, or her used as an object (followed by punctuation or a function word: "looked at her.", "gave her the").</summary>
    private static bool IsObject(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> word)
    {
        if (word.Equals("him", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!word.Equals("her", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return i + 1 >= tokens.Length || !tokens[i + 1].IsWord || FunctionWords.Contains(tokens[i + 1].Span(text));
    }

    /// <summary>he/she in the subject's sentence or opening the next clause or sentence; his/himself/herself in the subject's own sentence.</summary>
    private static bool IsSureVote(string text, ReadOnlySpan<Token> tokens, int i, ReadOnlySpan<char> word, bool sentenceEnded)
    {
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            if (i == 0)
            {
                return false;
            }

            var before = tokens[i - 1];
            if (!before.IsWord)
            {
                return before.Length == 1 && text[before.Start] is '.' or '!' or '?' or ';';
            }

            var joined = before.Span(text);
            return joined.Equals("and", StringComparison.OrdinalIgnoreCase) || joined.Equals("then", StringComparison.OrdinalIgnoreCase) ||
                   joined.Equals("but", StringComparison.OrdinalIgnoreCase);
        }

        return !sentenceEnded && (word.Equals("himself", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The gender of a kin word in apposition before a name: <c>his sister Clara</c>, <c>her father, Edmund</c>, <c>Tom's wife Mary</c>.</summary>
    private static Gender KinBefore(string text, ReadOnlySpan<Token> tokens, List<bool> inQuote, int name)
    {
        var k = name - 1;
        if (k >= 0 && !tokens[k].IsWord && tokens[k].Length == 1 && text[tokens[k].Start] == ',')
        {
            k--;
        }

        if (k < 1 || !tokens[k].IsWord || inQuote[k] || char.IsUpper(text[tokens[k].Start]) ||
            !PersonNouns.TryGet(tokens[k].Span(text), out var gender) || gender == Gender.Unknown || !tokens[k - 1].IsWord || inQuote[k - 1])
        {
            return Gender.Unknown;
        }

        var lead = tokens[k - 1].Span(text);
        var possessive = lead.Equals("his", StringComparison.OrdinalIgnoreCase) || lead.Equals("her", StringComparison.OrdinalIgnoreCase) ||
                         lead.Equals("my", StringComparison.OrdinalIgnoreCase) || lead.Equals("our", StringComparison.OrdinalIgnoreCase) ||
                         lead.Equals("your", StringComparison.OrdinalIgnoreCase) || lead.Equals("their", StringComparison.OrdinalIgnoreCase) ||
                         lead.EndsWith("'s", StringComparison.Ordinal) || lead.EndsWith("\u2019s", StringComparison.Ordinal);
        return possessive ? gender : Gender.Unknown;
    }

    private static Gender PronounGender(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("him", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("himself", StringComparison.OrdinalIgnoreCase) ? Gender.Male
        : word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("her", StringComparison.OrdinalIgnoreCase) ||
          word.Equals("hers", StringComparison.OrdinalIgnoreCase) || word.Equals("herself", StringComparison.OrdinalIgnoreCase) ? Gender.Female
        : Gender.Unknown;
}
