using System.Runtime.CompilerServices;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// Names used to address someone inside a quote ("Get out of the way, Naruto!", "Oh Hinata, how could you"): the
/// addressee is not the speaker.
/// </summary>
internal static class Vocatives
{
    private static readonly HashSet<string> NotBeforeVocative = new(StringComparer.OrdinalIgnoreCase)
    {
        "I'm", "I’m", "am", "is", "was", "are", "were", "be", "been", "it's", "it’s", "its", "name's", "name’s", "named", "called", "me",
        "and", "or", "nor", "than",
    };

    private static readonly HashSet<string> NotAfterVocative = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "said", "says", "told",
        "nor", "who", "which", "that", "are", "were",
    };

    private static readonly WordSet ObjectVerbs = new(new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "chose", "choose", "chooses", "saw", "see", "sees", "told", "tell", "tells", "met", "meet", "meets", "found", "find",
        "finds", "left", "leave", "took", "take", "takes", "gave", "give", "gives", "made", "make", "makes", "knew", "know",
        "knows", "heard", "hear", "love", "loves", "hate", "hates", "like", "likes", "need", "needs", "want", "wants",
        "trust", "trusts", "help", "helps", "kill", "kills", "beat", "beats", "ask", "asks", "call", "calls", "bring",
        "brought", "married", "marry", "marries", "fetch", "follow", "follows", "became", "become", "becomes",
    });

    private static readonly WordSet NotBefore = new(NotBeforeVocative);
    private static readonly WordSet NotAfter = new(NotAfterVocative);

    /// <summary>Whether quote <paramref name="q"/> addresses <paramref name="character"/> by name.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Addresses(ParagraphAnalysis a, int q, int character)
    {
        foreach (var mention in a.Mentions)
        {
            if (mention.Quote == q && mention.Character == character && IsVocative(a, q, mention))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one character the paragraph's quotes address, or -1 when none or several.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SingleAddressee(ParagraphAnalysis a)
    {
        var found = -1;
        foreach (var mention in a.Mentions)
        {
            if (mention.Quote < 0 || !IsVocative(a, mention.Quote, mention))
            {
                continue;
            }

            if (mention.Character < 0 || (found >= 0 && found != mention.Character))
            {
                return -1;
            }

            found = mention.Character;
        }

        return found;
    }

    /// <summary>As <see cref="SingleAddressee"/>, but -2 when several characters or an ambiguous name are addressed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int AddresseeOrSeveral(ParagraphAnalysis a)
    {
        var found = -1;
        foreach (var mention in a.Mentions)
        {
            if (mention.Quote < 0 || !IsVocative(a, mention.Quote, mention))
            {
                continue;
            }

            if (mention.Character < 0 || (found >= 0 && found != mention.Character))
            {
                return -2;
            }

            found = mention.Character;
        }

        return found;
    }

    /// <summary>
    /// The genders its quotes address by a gendered word instead of a name ("Ma'am?", "Yes, sir.", "Thank you, madam.")
    /// as <see cref="GenderBits"/>: the person spoken to is a woman or a man.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int AddressedGenders(ParagraphAnalysis a)
    {
        var genders = 0;
        for (var q = 0; q < a.QuoteCount; q++)
        {
            var contentStart = a.QuoteStart[q] + 1;
            var contentEnd = a.QuoteEnd[q];
            for (var t = contentStart; t < contentEnd && t < a.Tokens.Count; t++)
            {
                if (!a.Tokens[t].IsWord || a.Tokens[t].Length is < 3 or > 6)
                {
                    continue;
                }

                var bit = AddressWord(a.Word(t));
                if (bit != 0 && (t == contentStart || a.IsPunct(t - 1, ',')) && (t + 1 >= contentEnd || IsBreak(a, t + 1)))
                {
                    genders |= bit;
                }
            }
        }

        return genders;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int AddressWord(ReadOnlySpan<char> word) =>
        word.Equals("sir", StringComparison.OrdinalIgnoreCase) ? GenderBits.Male
        : word.Equals("ma'am", StringComparison.OrdinalIgnoreCase) || word.Equals("ma\u2019am", StringComparison.OrdinalIgnoreCase) ||
          word.Equals("madam", StringComparison.OrdinalIgnoreCase) || word.Equals("miss", StringComparison.OrdinalIgnoreCase) ? GenderBits.Female
        : 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsVocative(ParagraphAnalysis a, int q, Mention mention)
    {
        if (a.Tokens.Count == 0)
        {
            return false;
        }

        var contentStart = a.QuoteStart[q] + 1;
        var contentEnd = a.QuoteEnd[q];
        var before = mention.Token - 1;
        var after = mention.Token + mention.Length;
        if (mention.Possessive)
        {
            return false;
        }

        var afterIsEnd = after >= contentEnd || IsBreak(a, after);
        var atStart = true;
        for (var i = contentStart; i <= before; i++)
        {
            if (a.Tokens[i].IsWord && !Lexicon.IsInterjection(a.Word(i)))
            {
                atStart = false;
                break;
            }
        }

        if (atStart)
        {
            // "Naruto!", "Oh Hinata, …", "Hey Naruto I want …", "Dammit Shikamaru it's Naruto!"
            return afterIsEnd || (a.Tokens[after].IsWord && !NotAfter.Contains(a.Word(after)) &&
                                  (char.IsLower(a.Text[a.Tokens[after].Start]) || a.Word(after) is "I" or "I'm" or "I’m"));
        }

        if (!afterIsEnd)
        {
            return false;
        }

        if (a.IsPunct(before, ','))
        {
            return true; // "…, Naruto!"
        }

        // "…for you Naruto." "…her Choice Neji." — a name closing a sentence after any word but a preposition or copula.
        // Not after a capitalised word inside the sentence: "Or Squire Carne.", "about Uncle Jory." — a title the list does
        // not hold, so the name is someone talked about ("or Carne", "the constable and Carne" likewise).
        var previous = a.Word(before);
        if (a.Tokens[before].IsWord && char.IsUpper(a.Text[a.Tokens[before].Start]) && before > contentStart && !IsBreak(a, before - 1))
        {
            return false;
        }

        return a.Tokens[before].IsWord && !Lexicon.IsPreposition(previous) && !previous.Equals("the", StringComparison.OrdinalIgnoreCase) &&
               !previous.Equals("a", StringComparison.OrdinalIgnoreCase) && !previous.Equals("an", StringComparison.OrdinalIgnoreCase) &&
               !NotBefore.Contains(a.Word(before)) && !Lexicon.IsSpeechVerb(a.Word(before)) && !IsObjectVerb(previous);
    }

    // "He chose Sasuke!", "I saw Walter.", "She loves Naruto.": the name is the verb's object, not someone spoken to.
    private static bool IsObjectVerb(ReadOnlySpan<char> word) =>
        (word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase)) || ObjectVerbs.Contains(word);

    private static bool IsBreak(ParagraphAnalysis a, int i)
    {
        if (a.Tokens[i].IsWord)
        {
            return false;
        }

        var c = a.Text[a.Tokens[i].Start];
        return c is ',' or '.' or '!' or '?' or '\u2026' or '-' or '\u2014' or '\u2013' or ';' or ':' or '"' or '\u201D' or '\'' or '\u2019';
    }
}
