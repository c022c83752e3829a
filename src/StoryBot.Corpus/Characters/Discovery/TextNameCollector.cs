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

        CountLowerCase(chapters, forms, tokens);
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
            if (hasQuote && !inQuote[i] && i + 1 < tokens.Length && !inQuote[i + 1] && tokens[i].IsWord && tokens[i + 1].IsWord &&
                tokens[i].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase) && RankWords.Epithet(tokens[i + 1].Span(text)) is { } rank &&
                Speaks(text, tokens, inQuote, i, i + 2))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(epithetTags, rank, out _)++; // "…," said the Captain
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

            if (inQuote[i] || !tokens[i].IsWord || !char.IsUpper(text[tokens[i].Start]))
            {
                continue;
            }

            string? title = null;
            var j = i;
            if (Honorifics.IsTitle(tokens[i].Span(text), out _) ||
                (RankWords.IsTitle(tokens[i].Span(text), out _) && i + 1 < tokens.Length && !inQuote[i + 1] && IsNameWord(text, tokens[i + 1])))
            {
                title = Honorifics.Canonical(tokens[i].Span(text)); // Mr. Hale, Colonel Ashby
                j++;
            }

            var words = new List<string>(MaxNameWords);
            while (j < tokens.Length && words.Count < MaxNameWords && !inQuote[j] && IsNameWord(text, tokens[j]) &&
                   (words.Count == 0 || !NameTails.IsVerb(tokens[j].Span(text))))
            {
                var word = Honorifics.Base(tokens[j].Span(text), out var possessive);
                words.Add(word.ToString());
                j++;
                if (possessive)
                {
                    break;
                }
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
                if (tokens[i - 1].IsWord && IsPlaceWord(tokens[i - 1].Span(text)))
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

    /// <summary>A rank addressed alone: after the opening mark or a comma, before , ! ? . or the closing mark ("Well, Doctor?").</summary>
    private static string? AddressedRank(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> inQuote, int i)
    {
        if (i == 0 || i + 1 >= tokens.Length || tokens[i - 1].IsWord || !inQuote[i - 1] || !(tokens[i - 1].Is(text, ',') || IsQuoteMark(text, tokens[i - 1])) ||
            tokens[i + 1].IsWord || !(tokens[i + 1].Is(text, ',') || tokens[i + 1].Is(text, '!') || tokens[i + 1].Is(text, '?') || tokens[i + 1].Is(text, '.') || IsQuoteMark(text, tokens[i + 1])))
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
        if (i == 0 || tokens[i - 1].IsWord || !inQuote[i - 1] || !(tokens[i - 1].Is(text, ',') || IsQuoteMark(text, tokens[i - 1])))
        {
            return i;
        }

        var words = new List<string>(MaxNameWords);
        var j = i;
        string? title = null;
        if (Honorifics.IsTitle(tokens[i].Span(text), out _) && i + 1 < tokens.Length && inQuote[i + 1])
        {
            title = Honorifics.Canonical(tokens[i].Span(text)); // "Good night, Mr. Ashby."
            j++;
        }

        while (j < tokens.Length && words.Count < MaxNameWords && inQuote[j] && IsNameWord(text, tokens[j]) &&
               (words.Count == 0 || !NameTails.IsVerb(tokens[j].Span(text))))
        {
            var word = Honorifics.Base(tokens[j].Span(text), out var possessive);
            if (possessive)
            {
                return j;
            }

            words.Add(word.ToString());
            j++;
        }

        if (words.Count == 0 || j >= tokens.Length || tokens[j].IsWord ||
            !(tokens[j].Is(text, ',') || tokens[j].Is(text, '!') || tokens[j].Is(text, '?') || tokens[j].Is(text, '.') || IsQuoteMark(text, tokens[j])))
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

    private static bool IsQuoteMark(string text, Token token) =>
        !token.IsWord && token.Length == 1 && text[token.Start] is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019';

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

    private static bool IsNameWord(string text, Token token)
    {
        if (!token.IsWord || !char.IsUpper(text[token.Start]) || token.Length < 2)
        {
            return false;
        }

        var word = token.Span(text);
        var stripped = Honorifics.Base(word, out _);
        if (CommonWords.Contains(stripped) || Honorifics.IsTitle(word, out _) || RankWords.IsTitle(word, out _) || Lexicon.IsSpeechVerb(stripped))
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

    private static bool IsPlaceWord(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("at", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("into", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("near", StringComparison.OrdinalIgnoreCase) || word.Equals("towards", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("toward", StringComparison.OrdinalIgnoreCase) || word.Equals("across", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("through", StringComparison.OrdinalIgnoreCase) || word.Equals("via", StringComparison.OrdinalIgnoreCase);

    /// <summary>How often the first word of each untitled form appears in lower case ("will", "grace", "hope").</summary>
    private static void CountLowerCase(IReadOnlyList<ParsedChapter> chapters, Dictionary<string, NameForm> forms, List<Token> tokens)
    {
        var firstWords = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var form in forms.Values)
        {
            if (form.Title is null)
            {
                firstWords.TryAdd(form.Words[0], 0);
            }
        }

        if (firstWords.Count == 0)
        {
            return;
        }

        var lookup = firstWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var chapter in chapters)
        {
            foreach (var paragraph in chapter.Paragraphs)
            {
                tokens.Clear();
                Tokenizer.Tokenize(chapter.Text, paragraph.Range.Start, paragraph.Range.End, tokens);
                foreach (var token in tokens)
                {
                    if (token.IsWord && char.IsLower(chapter.Text[token.Start]) && lookup.TryGetValue(token.Span(chapter.Text), out var count))
                    {
                        lookup[token.Span(chapter.Text)] = count + 1;
                    }
                }
            }
        }

        foreach (var form in forms.Values)
        {
            if (form.Title is null)
            {
                form.LowerCase = firstWords[form.Words[0]];
            }
        }
    }
}
