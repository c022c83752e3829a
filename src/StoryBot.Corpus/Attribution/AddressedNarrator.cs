using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// A first-person narrator nobody introduces ("My name is …" never comes), found by how others address them: in a text
/// whose narration says "I" throughout, the one listed character who is addressed by name in quotes at least twice,
/// is never named in the narration, nor any word of their names (people the narrator sees are named there; the
/// narrator is "I"), and is never
/// addressed in a paragraph whose narration says "I" (the narrator does not talk to themself).
/// </summary>
internal static class AddressedNarrator
{
    private const int MinNarrationI = 8;
    private const int WordsPerI = 120;
    private const int MinAddressed = 2;

    /// <summary>Whether the narration says "I" throughout (8+ times, one per 120 narration words): told in the first person.</summary>
    public static bool SaysIThroughout(ParsedChapter chapter) => SaysIThroughout(chapter, NarrationCounts.NarrationIBound(chapter));

    /// <param name="bound">The chapter's <see cref="NarrationCounts.NarrationIBound"/>, when the caller has it already.</param>
    public static bool SaysIThroughout(ParsedChapter chapter, int bound)
    {
        // Told in the third person, a chapter has too few "I"s outside its quotes to count: found without tokenising it.
        if (bound < MinNarrationI)
        {
            return false;
        }

        // Too many narration words for the "I"s to carry (most chapters over the bound): seen from a lower bound of the count.
        if (NarrationCounts.MoreNarrationWordsThan(chapter, bound * WordsPerI))
        {
            return false;
        }

        var (narrationWords, narrationI) = NarrationCounts.CountNarration(chapter, bound * WordsPerI);
        if (narrationI < MinNarrationI || narrationI * WordsPerI < narrationWords)
        {
            return false;
        }

        return true;
    }

    public static int Find(ParsedChapter chapter, NameMatcher matcher) => Find(chapter, matcher, NarrationCounts.NarrationIBound(chapter));

    /// <param name="narrationI">The chapter's <see cref="NarrationCounts.NarrationIBound"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Find(ParsedChapter chapter, NameMatcher matcher, int narrationI)
    {
        if (!SaysIThroughout(chapter, narrationI))
        {
            return -1;
        }

        var text = chapter.Text;
        var tokens = new List<Token>();
        var addressed = new Dictionary<int, int>();
        var excluded = new HashSet<int>();
        foreach (var paragraph in chapter.Paragraphs)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, paragraph.Range.Start, paragraph.Range.End, tokens);
            var saysI = false;
            foreach (var token in tokens)
            {
                saysI |= token.Length == 1 && text[token.Start] == 'I' && !InQuote(paragraph, token.Start);
            }

            for (var i = 0; i < tokens.Count; i++)
            {
                var match = matcher.Match(text, tokens, i);
                if (!match.Success)
                {
                    continue;
                }

                var quote = QuoteAt(paragraph, tokens[i].Start);
                if (match.IsCharacter && quote is null)
                {
                    excluded.Add(match.Character);
                }
                else if (match.IsCharacter && !match.Possessive && IsVocative(text, quote!, tokens[i].Start, tokens[i + match.TokenCount - 1].End))
                {
                    // "Aunt Adela", "Uncle Jory": the speakers' kin, someone the narrator sees rather than "I".
                    if (saysI || (match.TokenCount > 1 && IsKinWord(tokens[i].Span(text))))
                    {
                        excluded.Add(match.Character);
                    }

                    addressed[match.Character] = addressed.GetValueOrDefault(match.Character) + 1;
                }

                i += match.TokenCount - 1;
            }
        }

        var found = -1;
        HashSet<string>? capitalised = null;
        foreach (var (character, count) in addressed)
        {
            if (count < MinAddressed || excluded.Contains(character) ||
                NamedInNarration(matcher.Characters[character], capitalised ??= CapitalisedNarrationWords(chapter, tokens)))
            {
                continue;
            }

            if (found >= 0)
            {
                return -1; // two people only ever addressed: either could be "I"
            }

            found = character;
        }

        return found;
    }

    private static readonly HashSet<string> KinWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "aunt", "auntie", "aunty", "uncle", "cousin", "granny", "grandma", "grandpa", "gran", "grandmother", "grandfather", "nana",
        "mother", "father", "mamma", "papa", "sister", "brother",
    };

    private static bool IsKinWord(ReadOnlySpan<char> word) => KinWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The capitalised words of the narration (Woodville's as Woodville).</summary>
    private static HashSet<string> CapitalisedNarrationWords(ParsedChapter chapter, List<Token> tokens)
    {
        var text = chapter.Text;
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in chapter.Paragraphs)
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, paragraph.Range.Start, paragraph.Range.End, tokens);
            foreach (var token in tokens)
            {
                if (token.IsWord && !InQuote(paragraph, token.Start) && token.Length > 1 && char.IsUpper(text[token.Start]))
                {
                    capitalised.Add(Honorifics.Base(token.Span(text), out _).ToString()); // Woodville's → Woodville
                }
            }
        }

        return capitalised;
    }

    /// <summary>Whether a word of the character's names (not a title) is written in the narration: "Vane swung his feet".</summary>
    private static bool NamedInNarration(Character character, HashSet<string> capitalised)
    {
        foreach (var name in character.Aliases.Prepend(character.Name))
        {
            foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var bare = word.TrimEnd('.');
                if (!Honorifics.IsTitle(word, out _) && !bare.Equals("the", StringComparison.OrdinalIgnoreCase) && capitalised.Contains(bare))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"…, Meg." / "Mr. Ashby, will you …": after the opening mark or a comma, before , ! ? . or the closing mark.</summary>
    private static bool IsVocative(string text, QuoteSpan quote, int start, int end)
    {
        var before = start - 1;
        while (before > quote.Range.Start && text[before] == ' ')
        {
            before--;
        }

        var opens = before <= quote.Range.Start || text[before] == ',';
        var after = end < quote.Range.End ? text[end] : '\0';
        var closes = end >= quote.Range.End - 1 || after is ',' or '!' or '?' or '.' or ';';
        return opens && closes;
    }

    private static QuoteSpan? QuoteAt(Paragraph paragraph, int offset)
    {
        var quotes = paragraph.Quotes;
        for (var q = 0; q < quotes.Count; q++)
        {
            var quote = quotes[q];
            if (offset >= quote.Range.Start && offset < quote.Range.End)
            {
                return quote;
            }
        }

        return null;
    }

    private static bool InQuote(Paragraph paragraph, int offset) => QuoteAt(paragraph, offset) is not null;
}
