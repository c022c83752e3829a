using System.Runtime.InteropServices;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Reads the narration of every paragraph for capitalised name sequences (an optional title and up to three words) and
/// counts how each is used: mentioned, speaking in a tag (<c>"…," said Marguerite</c>, <c>Marguerite asked</c>,
/// <c>Mrs. Hale replied</c>), after a place preposition. Names inside quotes are people talked about and are not read.
/// </summary>
internal static class TextNameCollector
{
    private const int MaxNameWords = 3;

    public static Dictionary<string, NameForm> Collect(IReadOnlyList<ParsedChapter> chapters) => Collect(chapters, new Dictionary<string, int>(StringComparer.Ordinal));

    /// <param name="epithetTags">Filled with the speech tags that name a rank (<c>said the Captain</c>), by rank.</param>
    public static Dictionary<string, NameForm> Collect(IReadOnlyList<ParsedChapter> chapters, Dictionary<string, int> epithetTags)
    {
        ArgumentNullException.ThrowIfNull(epithetTags);
        var forms = new Dictionary<string, NameForm>(StringComparer.Ordinal);
        var tokens = new List<Token>();
        var inQuote = new List<bool>();
        foreach (var chapter in chapters)
        {
            foreach (var paragraph in chapter.Paragraphs)
            {
                Tokenise(chapter.Text, paragraph, tokens, inQuote);
                ReadParagraph(chapter.Text, paragraph.Quotes.Count > 0, CollectionsMarshal.AsSpan(tokens), CollectionsMarshal.AsSpan(inQuote), forms, epithetTags);
            }
        }

        LowerCaseCounter.Count(chapters, forms, tokens);
        return forms;
    }

    /// <summary>Tokens of a paragraph and, for each, whether it lies inside one of its quotes (marks included).</summary>
    public static void Tokenise(string text, Paragraph paragraph, List<Token> tokens, List<bool> inQuote)
    {
        tokens.Clear();
        inQuote.Clear();
        Tokenizer.Tokenize(text, paragraph.Range.Start, paragraph.Range.End, tokens);
        var q = 0;
        foreach (var token in tokens)
        {
            while (q < paragraph.Quotes.Count && paragraph.Quotes[q].Range.End <= token.Start)
            {
                q++;
            }

            inQuote.Add(q < paragraph.Quotes.Count && token.Start >= paragraph.Quotes[q].Range.Start);
        }
    }

    private static void ReadParagraph(string text, bool hasQuote, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, Dictionary<string, NameForm> forms, Dictionary<string, int> epithetTags)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!inQuote[i] && i + 1 < tokens.Length && !inQuote[i + 1] && tokens[i].IsWord && tokens[i + 1].IsWord &&
                tokens[i].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase) && RankWords.Epithet(tokens[i + 1].Span(text)) is { } rank)
            {
                var speaks = hasQuote && Speaks(text, tokens, inQuote, i, i + 2);
                if (speaks)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(epithetTags, rank, out _)++; // "…," said the Captain
                }

                // Alone, not before a name (the Reverend Mr. Mole): the Queen (one person) or the captain (any captain of the story).
                if (i + 2 >= tokens.Length || !(CourtesyTitles.IsAnyTitle(tokens[i + 2].Span(text), out _) || NameWords.Read(text, tokens, inQuote, i + 2, quoted: false, out _, out _) is not null))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(epithetTags, (char.IsUpper(text[tokens[i + 1].Start]) ? CapitalKey : LowerKey) + rank, out _)++;
                    if (speaks)
                    {
                        CollectionsMarshal.GetValueRefOrAddDefault(epithetTags, LoneSpeechKey + rank, out _)++;
                    }
                }
            }

            if (inQuote[i] && tokens[i].IsWord && char.IsUpper(text[tokens[i].Start]))
            {
                if (AddressedRank(text, tokens, inQuote, i) is { } addressed)
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(epithetTags, AddressedKey + addressed, out _)++; // "Yes, Inspector."
                    continue;
                }

                i = ReadVocative(text, tokens, inQuote, i, forms);
                continue;
            }

            if (inQuote[i] || !tokens[i].IsWord || !(char.IsUpper(text[tokens[i].Start]) || NameWords.StartsWithParticle(text, tokens, inQuote, i)))
            {
                continue;
            }

            string? title = null;
            var j = i;
            if (CourtesyTitles.IsAnyTitle(tokens[i].Span(text), out _) ||
                (RankWords.IsTitle(tokens[i].Span(text), out _) && i + 1 < tokens.Length && NameWords.Read(text, tokens, inQuote, i + 1, quoted: false, out _, out _) is not null))
            {
                title = Honorifics.Canonical(tokens[i].Span(text)); // Mr. Hale, Colonel Ashby
                j++;
            }

            var words = new List<string>(MaxNameWords);
            while (j < tokens.Length && words.Count < MaxNameWords && (words.Count == 0 || !NameTails.IsVerb(tokens[j].Span(text))) &&
                   NameWords.Read(text, tokens, inQuote, j, quoted: false, out var next, out var possessive) is { } word)
            {
                words.Add(word);
                j = next;
                if (possessive)
                {
                    break;
                }
            }

            if (words.Count == 0 && title is null && KinNames.Alone(text, tokens, inQuote, i) is { } kin)
            {
                words.Add(kin); // said Mamma
                j = i + 1;
            }

            if (words.Count == 0)
            {
                continue;
            }

            var form = new NameForm(title, [.. words]);
            if (!forms.TryGetValue(form.Text, out var known))
            {
                forms[form.Text] = known = form;
            }

            known.Mentions++;
            if (i >= 3 && tokens[i - 3].Span(text).Equals("my", StringComparison.OrdinalIgnoreCase) && tokens[i - 2].Span(text).Equals("name", StringComparison.OrdinalIgnoreCase) &&
                (tokens[i - 1].Span(text).Equals("is", StringComparison.Ordinal) || tokens[i - 1].Span(text).Equals("was", StringComparison.Ordinal)))
            {
                known.Narrator++;
            }

            if (i > 0 && (tokens[i - 1].IsWord || tokens[i - 1].Is(text, ',') || tokens[i - 1].Is(text, ';')))
            {
                known.MidSentence++;
                if (tokens[i - 1].IsWord && NameWords.IsPlaceWord(tokens[i - 1].Span(text)))
                {
                    known.AfterPlaceWord++;
                }
            }

            if (hasQuote && Speaks(text, tokens, inQuote, i, j))
            {
                known.Speaks++;
            }

            i = j - 1;
        }
    }

    /// <summary>Prefix of the <c>epithetTags</c> keys that count a rank addressed alone in a quote ("@inspector").</summary>
    public const string AddressedKey = "@";

    /// <summary>Prefix of the <c>epithetTags</c> keys that count <c>the</c> and a capitalised rank alone in the narration ("^queen": the Queen).</summary>
    public const string CapitalKey = "^";

    /// <summary>Prefix of the <c>epithetTags</c> keys that count <c>the</c> and a rank in lower case in the narration ("_captain").</summary>
    public const string LowerKey = "_";

    /// <summary>Prefix of the <c>epithetTags</c> keys that count speech tags naming a rank alone, not before a name ("!queen": said the Queen).</summary>
    public const string LoneSpeechKey = "!";

    /// <summary>Whether an <c>epithetTags</c> key counts speech tags naming the rank (<c>said the Captain</c>, with or without a name after it).</summary>
    public static bool IsSpeechKey(string key) => key.Length > 0 && char.IsLetter(key[0]);

    /// <summary>A rank addressed alone: after the opening mark or a comma, before , ! ? . or the closing mark ("Well, Doctor?").</summary>
    private static string? AddressedRank(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int i)
    {
        if (i == 0 || i + 1 >= tokens.Length || tokens[i - 1].IsWord || !inQuote[i - 1] || !(tokens[i - 1].Is(text, ',') || NameWords.IsQuoteMark(text, tokens[i - 1])) ||
            tokens[i + 1].IsWord || !(tokens[i + 1].Is(text, ',') || tokens[i + 1].Is(text, '!') || tokens[i + 1].Is(text, '?') || tokens[i + 1].Is(text, '.') || NameWords.IsQuoteMark(text, tokens[i + 1])))
        {
            return null;
        }

        return RankWords.Epithet(tokens[i].Span(text));
    }

    /// <summary>
    /// A name a quote addresses: after the opening mark or a comma, and followed by , ! ? . or the closing mark
    /// ("Sit down, Danny.", "Ada, I mean it."). Counted as addressed, not as a mention. Returns the last token read.
    /// </summary>
    private static int ReadVocative(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int i, Dictionary<string, NameForm> forms)
    {
        if (i == 0 || tokens[i - 1].IsWord || !inQuote[i - 1] || !(tokens[i - 1].Is(text, ',') || NameWords.IsQuoteMark(text, tokens[i - 1])))
        {
            return i;
        }

        var words = new List<string>(MaxNameWords);
        var j = i;
        string? title = null;
        if (CourtesyTitles.IsAnyTitle(tokens[i].Span(text), out _) && i + 1 < tokens.Length && inQuote[i + 1])
        {
            title = Honorifics.Canonical(tokens[i].Span(text)); // "Good night, Mr. Ashby."
            j++;
        }

        while (j < tokens.Length && words.Count < MaxNameWords && (words.Count == 0 || !NameTails.IsVerb(tokens[j].Span(text))) &&
               NameWords.Read(text, tokens, inQuote, j, quoted: true, out var next, out var possessive) is { } word)
        {
            if (possessive)
            {
                return j;
            }

            words.Add(word);
            j = next;
        }

        if (words.Count == 0 && title is null && KinNames.Alone(text, tokens, inQuote, i) is { } kin)
        {
            words.Add(kin); // "Yes, Mamma."
            j = i + 1;
        }

        if (words.Count == 0 || j >= tokens.Length || tokens[j].IsWord ||
            !(tokens[j].Is(text, ',') || tokens[j].Is(text, '!') || tokens[j].Is(text, '?') || tokens[j].Is(text, '.') || NameWords.IsQuoteMark(text, tokens[j])))
        {
            return Math.Max(i, j - 1);
        }

        var form = new NameForm(title, [.. words]);
        if (!forms.TryGetValue(form.Text, out var known))
        {
            forms[form.Text] = known = form;
        }

        known.Addressed++;
        return j - 1;
    }

    /// <summary>A speech verb right after the name (adverbs between), or a verb-first tag right after a quote.</summary>
    private static bool Speaks(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int start, int end)
    {
        var v = end;
        for (var skipped = 0; v < tokens.Length && skipped < 2 && tokens[v].IsWord && Lexicon.IsAdverb(tokens[v].Span(text)); skipped++)
        {
            v++;
        }

        if (v < tokens.Length && tokens[v].IsWord && IsSpeech(tokens[v].Span(text)))
        {
            return true;
        }

        // "…," said Marguerite / "…" replied Mrs. Hale: the verb follows the quote (a comma between at most).
        var k = start - 1;
        if (k < 0 || !tokens[k].IsWord || !IsSpeech(tokens[k].Span(text)))
        {
            return false;
        }

        k--;
        if (k >= 0 && tokens[k].Is(text, ',') && !inQuote[k])
        {
            k--;
        }

        return k >= 0 && inQuote[k];
    }

    private static bool IsSpeech(ReadOnlySpan<char> word) => Lexicon.IsSpeechVerb(word) && !Lexicon.IsThoughtVerb(word);
}
