using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>One paragraph, tokenised once: where its quotes sit among the tokens and which characters it names.</summary>
internal sealed partial class ParagraphAnalysis
{
    private readonly List<Token> _tokens;
    private readonly List<Mention> _mentions;
    private readonly List<(int Token, Gender Gender)> _descriptions;
    private NameMatcher _matcher = null!;
    private Dictionary<string, int>? _ranks;
    private int[] _mentionAt = [];
    private bool _analyzed;

    private ParagraphAnalysis(AnalysisBuffers buffers)
    {
        Buffers = buffers;
        _tokens = buffers.Tokens;
        _mentions = buffers.Mentions;
        _descriptions = buffers.Descriptions;
    }

    /// <summary>
    /// The analysis of <paramref name="paragraph"/>, in a recycled object from this thread's pool (with its buffers); valid
    /// until <see cref="AnalysisBuffers.Return"/> gives its <see cref="Buffers"/> back (three paragraphs later).
    /// </summary>
    public static ParagraphAnalysis Rent(string text, Paragraph paragraph, NameMatcher matcher, int narrator = -1, Dictionary<string, int>? ranks = null)
    {
        var buffers = AnalysisBuffers.Rent();
        var analysis = buffers.Analysis ??= new ParagraphAnalysis(buffers);
        analysis._ranks = ranks;
        analysis.Reset(text, paragraph, matcher, narrator);
        return analysis;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Reset(string text, Paragraph paragraph, NameMatcher matcher, int narrator)
    {
        Narrator = narrator;
        Paragraph = paragraph;
        Text = text;
        _matcher = matcher;
        _mentionAt = [];
        _analyzed = false;
        _narratorActs = false;
        BeatPronouns = 0;
        UnresolvedPronouns = 0;
        QuoteCount = paragraph.Quotes.Count;
        Buffers.EnsureQuotes(QuoteCount);
        Speakers.Fill(-1);
        TagEnd.Clear();

        // A paragraph without quotes is only read as context for a quote in one of the next two paragraphs (often
        // there is none): it is tokenised on first use.
        if (QuoteCount > 0)
        {
            Analyze();
        }
    }

    public string Text { get; private set; } = string.Empty;

    public Paragraph Paragraph { get; private set; } = null!;

    /// <summary>Reused lists; valid until the analysis is retired (three paragraphs later).</summary>
    public AnalysisBuffers Buffers { get; }

    public List<Token> Tokens
    {
        get
        {
            EnsureAnalyzed();
            return _tokens;
        }
    }

    /// <summary>Index of the first token of each quote (its opening mark).</summary>
    public Span<int> QuoteStart => Buffers.QuoteStart.AsSpan(0, QuoteCount);

    /// <summary>Index of the first token after each quote.</summary>
    public Span<int> QuoteEnd => Buffers.QuoteEnd.AsSpan(0, QuoteCount);

    public List<Mention> Mentions
    {
        get
        {
            EnsureAnalyzed();
            return _mentions;
        }
    }

    /// <summary>People described, not named, in the narration ("the boy", "her father"): token and gender (unknown for "the stranger").</summary>
    public List<(int Token, Gender Gender)> Descriptions
    {
        get
        {
            EnsureAnalyzed();
            return _descriptions;
        }
    }

    /// <summary>For each token, the index in <see cref="Mentions"/> of the name starting there, or -1.</summary>
    public int[] MentionAt
    {
        get
        {
            EnsureAnalyzed();
            return _mentionAt;
        }
    }

    /// <summary>The listed speaker decided for each quote, or -1.</summary>
    public Span<int> Speakers => Buffers.Speakers.AsSpan(0, QuoteCount);

    /// <summary>For each quote, the first narration token after its post-tag sentence (tokens before it are used up).</summary>
    public Span<int> TagEnd => Buffers.TagEnd.AsSpan(0, QuoteCount);

    public Span<AttributedLine?> Lines => Buffers.Lines.AsSpan(0, QuoteCount);

    public int QuoteCount { get; private set; }

    /// <summary>The listed first-person narrator ("I"), or -1.</summary>
    public int Narrator { get; private set; }

    /// <summary>Whether "I" acts in the narration: the narrator is on the scene.</summary>
    private bool _narratorActs;

    /// <summary>The genders (<see cref="GenderBits"/>) of the he/she action beats before its quotes no sieve could resolve.</summary>
    public int BeatPronouns { get; set; }

    /// <summary>The genders (<see cref="GenderBits"/>) of the he/she tags no sieve could resolve.</summary>
    public int UnresolvedPronouns { get; set; }

    /// <summary>Whether the paragraph has been tokenised (a narration paragraph is, only when a sieve read it).</summary>
    public bool IsAnalyzed => _analyzed;

    /// <summary>Whether token <paramref name="index"/> is "I" and the narrator is known: the subject is the narrator.</summary>
    public bool IsNarratorI(int index) => Narrator >= 0 && Tokens[index].Length == 1 && Text[Tokens[index].Start] == 'I';

    public static long Bit(int character) => character is >= 0 and < 63 ? 1L << character : 1L << 63;

    /// <summary>First narration token after quote <paramref name="q"/>-1 (or 0), last before quote q (or the end).</summary>
    public int NarrationStart(int q) => q == 0 ? 0 : QuoteEnd[q - 1];

    public int NarrationEnd(int q) => q < QuoteCount ? QuoteStart[q] : Tokens.Count;

    public ReadOnlySpan<char> Word(int index) => Tokens[index].Span(Text);

    public bool IsPunct(int index, char c) => Tokens[index].Is(Text, c);

    public bool IsSentenceEnd(int index) => Tokens[index].Kind == TokenKind.Punctuation && Tokenizer.IsSentenceEnd(Text[Tokens[index].Start]);

    private void EnsureAnalyzed()
    {
        if (!_analyzed)
        {
            Analyze();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Analyze()
    {
        _analyzed = true;
        var text = Text;
        Tokenizer.Tokenize(text, Paragraph.Range.Start, Paragraph.Range.End, _tokens);
        var quotes = Paragraph.Quotes;
        var quoteStart = Buffers.QuoteStart;
        var quoteEnd = Buffers.QuoteEnd;
        var tokens = CollectionsMarshal.AsSpan(_tokens);
        var t = 0;
        for (var q = 0; q < quotes.Count; q++)
        {
            var range = quotes[q].Range;
            while (t < tokens.Length && tokens[t].Start < range.Start)
            {
                t++;
            }

            quoteStart[q] = t;
            while (t < tokens.Length && tokens[t].Start < range.End)
            {
                t++;
            }

            quoteEnd[q] = t;
        }

        var mentionAt = Buffers.MentionAt(tokens.Length);
        _mentionAt = mentionAt;
        var quote = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            while (quote < QuoteCount && i >= quoteEnd[quote])
            {
                quote++;
            }

            // Only a capitalised word can start a name here (Match checks it too): skip the call for every other token.
            if (!tokens[i].IsWord)
            {
                continue;
            }

            if (Narrator >= 0 && tokens[i].Length == 1 && text[tokens[i].Start] == 'I' && !(quote < QuoteCount && i >= quoteStart[quote]))
            {
                _narratorActs = true;
                continue;
            }

            if (!char.IsUpper(text[tokens[i].Start]) || tokens[i].Length <= 5)
            {
                // "the boy", "her old father": someone unnamed, in the narration.
                if (PersonNouns.MayLead(text[tokens[i].Start], tokens[i].Length) && PersonNouns.IsLead(tokens[i].Span(text)) && !(quote < QuoteCount && i >= quoteStart[quote]))
                {
                    // Up to three words after the lead; a newcomer ("up the lane appeared a long-legged, freckled, sunburnt
                    // boy") may have more, joined by commas and hyphens, but not a description of someone already named
                    // ("He was a heavy, slow, good-natured man", "named Oda, a round, nervous man").
                    var joined = i > 0 && !(tokens[i - 1].IsWord ? Lexicon.IsCopula(tokens[i - 1].Span(text)) : tokens[i - 1].Is(text, ','));
                    for (int k = i + 1, words = 0; k < tokens.Length && words < 6 && (words < 3 || (joined && k <= i + 12)); k++)
                    {
                        if (!tokens[k].IsWord)
                        {
                            if (joined && (tokens[k].Is(text, ',') || tokens[k].Is(text, '-')))
                            {
                                continue;
                            }

                            break;
                        }

                        if (!char.IsLower(text[tokens[k].Start]))
                        {
                            break;
                        }

                        words++;
                        if (PersonNouns.TryGet(tokens[k].Span(text), out var gender))
                        {
                            _descriptions.Add((k, gender));
                            break;
                        }
                    }
                }

                if (!char.IsUpper(text[tokens[i].Start]))
                {
                    continue;
                }
            }

            var match = _matcher.Match(text, tokens, i);
            var inQuote = quote < QuoteCount && i >= quoteStart[quote];
            if (!match.Success)
            {
                AddRank(text, tokens, i, inQuote ? quote : -1);
                continue;
            }

            mentionAt[i] = _mentions.Count;
            _mentions.Add(new Mention(match.Ambiguous ? -1 : match.Character, i, match.TokenCount, match.Possessive, inQuote ? quote : -1));
            i += match.TokenCount - 1;
        }
    }
}
