using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// What the sieves of one chapter share: the chapter-wide facts found once (the listed characters, the first-person
/// narrator, the ranks used as names, whether single quotes are thoughts) and the window the sieves look back through
/// (the paragraph before the previous one, the last quote given a speaker). Writes a quote's decision.
/// </summary>
internal sealed class ChapterContext
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ChapterContext(ParsedChapter chapter, CharacterList characters)
    {
        Chapter = chapter;
        Characters = characters.Characters;
        Matcher = characters.Matcher;
        int singles = 0, doubles = 0;
        foreach (var scene in chapter.Scenes)
        {
            foreach (var paragraph in scene.Paragraphs)
            {
                var quotes = paragraph.Quotes;
                for (var q = 0; q < quotes.Count; q++)
                {
                    if (quotes[q].Style is QuoteStyle.StraightSingle or QuoteStyle.CurlySingle)
                    {
                        singles++;
                    }
                    else
                    {
                        doubles++;
                    }
                }
            }
        }

        SingleQuotesAreThoughts = singles < doubles;
        // The narration's "I"s, counted once: they find an unintroduced narrator and say whether an unlisted one tells it.
        var narrationI = NarrationCounts.NarrationIBound(chapter);
        Narrator = Attribution.Narrator.Find(chapter, Matcher, narrationI);
        UnlistedNarrator = Narrator < 0 && narrationI >= MinUnlistedNarratorI;
        Ranks = characters.Ranks;

        // Turn-taking reads he/she against the pair's genders: the narrator is "I", never he or she.
        TurnCharacters = Narrator < 0
            ? Characters
            : [.. Characters.Select((c, i) => i == Narrator ? c with { Gender = Gender.Unknown } : c)];
        QuoteCount = singles + doubles;
    }

    public ParsedChapter Chapter { get; }

    public IReadOnlyList<Character> Characters { get; }

    public NameMatcher Matcher { get; }

    public bool SingleQuotesAreThoughts { get; }

    /// <summary>Quotes in the chapter (the size of its list of attributed lines).</summary>
    public int QuoteCount { get; }

    /// <summary>The listed first-person narrator ("I"), or -1.</summary>
    public int Narrator { get; }

    /// <summary>Narration "I"s that make a chapter first person (one could be a slip or a quoted letter's).</summary>
    private const int MinUnlistedNarratorI = 2;

    /// <summary>The chapter is told by an "I" who is nobody on the list (or not found): a party to any exchange.</summary>
    public bool UnlistedNarrator { get; }

    /// <summary>Rank → the one character that carries it (see <see cref="TitleEpithets"/>); shared by every chapter of the list, read only.</summary>
    public Dictionary<string, int> Ranks { get; }

    /// <summary>The characters as turn-taking reads them: the narrator has no he/she.</summary>
    public IReadOnlyList<Character> TurnCharacters { get; }

    /// <summary>The paragraph before the previous one in the scene, or null.</summary>
    public ParagraphAnalysis? Earlier { get; set; }

    /// <summary>The paragraph of the last quote given a speaker (null at a scene's start).</summary>
    public ParagraphAnalysis? LastSpeakerParagraph { get; set; }

    public int LastSpeakerQuote { get; set; } = -1;

    public void SetUnlessAddressed(ParagraphAnalysis a, int q, DialogueKind kind, int speaker, double confidence, string sieve)
    {
        if (Vocatives.Addresses(a, q, speaker))
        {
            Abstain(a, q, kind);
            return;
        }

        Set(a, q, kind, speaker, confidence, sieve);
    }

    public void Set(ParagraphAnalysis a, int q, DialogueKind kind, int speaker, double confidence, string sieve)
    {
        a.Speakers[q] = speaker;
        LastSpeakerParagraph = a;
        LastSpeakerQuote = q;
        a.Lines[q] = new AttributedLine(a.Paragraph.Quotes[q], a.Paragraph.Index, kind, Characters[speaker].Name, confidence, null, sieve);
    }

    public static void Abstain(ParagraphAnalysis a, int q, DialogueKind kind)
    {
        a.Speakers[q] = -1;
        a.Lines[q] = new AttributedLine(a.Paragraph.Quotes[q], a.Paragraph.Index, kind, null, 0, null, null);
    }
}
