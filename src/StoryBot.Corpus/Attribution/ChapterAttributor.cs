using System.Runtime.CompilerServices;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>
/// The sieves, run over one chapter (see <see cref="SpeakerAttributor"/>): scene by scene, each paragraph is analysed
/// once, its quotes decided by <see cref="QuoteSieves"/>, and the scene's turns then read by <see cref="TurnChains"/>.
/// </summary>
internal sealed class ChapterAttributor
{
    /// <summary>A turn list grown past this many paragraphs is not kept for the next chapter.</summary>
    private const int MaxSpareTurns = 1 << 14;

    [ThreadStatic]
    private static List<TurnRecord>? spareTurns;

    private readonly ChapterContext _c;
    private readonly QuoteSieves _sieves;

    public ChapterAttributor(ParsedChapter chapter, CharacterList characters)
    {
        _c = new ChapterContext(chapter, characters);
        _sieves = new QuoteSieves(_c);
    }

    public IReadOnlyList<AttributedLine> Run()
    {
        // The turn table is scratch (read by TurnChains, then dropped): reuse this thread's from scene to scene and chapter to chapter.
        var turns = spareTurns ?? new List<TurnRecord>(64);
        spareTurns = null;
        try
        {
            return Run(turns);
        }
        finally
        {
            turns.Clear();
            if (turns.Capacity <= MaxSpareTurns)
            {
                spareTurns = turns;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<AttributedLine> Run(List<TurnRecord> turns)
    {
        var lines = new List<AttributedLine>(_c.QuoteCount);
        foreach (var scene in _c.Chapter.Scenes)
        {
            ParagraphAnalysis? previous = null;
            _c.Earlier = null;
            _c.LastSpeakerParagraph = null;
            turns.Clear();
            foreach (var paragraph in scene.Paragraphs)
            {
                var analysis = ParagraphAnalysis.Rent(_c.Chapter.Text, paragraph, _c.Matcher, _c.Narrator, _c.Ranks);
                for (var q = 0; q < analysis.QuoteCount; q++)
                {
                    _sieves.Decide(analysis, previous, q);
                }

                // The narration right before a quote paragraph says who is on the scene for the turn-taking pass: read it
                // (most are read by a sieve already; only the paragraph next to a quote, so narration far from dialogue stays unread).
                if (analysis.QuoteCount > 0 && previous is { QuoteCount: 0, IsAnalyzed: false })
                {
                    _ = previous.Tokens;
                }

                turns.Add(TurnRecord.From(analysis, lines.Count));
                foreach (var line in analysis.Lines)
                {
                    lines.Add(line!);
                }

                // The paragraph before the previous one falls out of the window: its buffers are free again. A narration
                // paragraph a sieve has read by now names its people for the turn-taking pass.
                if (_c.Earlier is not null)
                {
                    var record = turns.Count - 3;
                    if (record >= 0 && turns[record].IsNarration && _c.Earlier.IsAnalyzed)
                    {
                        turns[record] = turns[record] with { People = _c.Earlier.People(), Described = _c.Earlier.DescribedGenders(), Named = _c.Earlier.Named(), Read = true };
                    }

                    Retire(_c.Earlier);
                }

                (_c.Earlier, previous) = (previous, analysis);
            }

            // The last two paragraphs are still open: a narration paragraph a sieve read names its people too.
            foreach (var (analysis, record) in (ReadOnlySpan<(ParagraphAnalysis?, int)>)[(_c.Earlier, turns.Count - 2), (previous, turns.Count - 1)])
            {
                if (analysis is not null && record >= 0 && turns[record].IsNarration && analysis.IsAnalyzed)
                {
                    turns[record] = turns[record] with { People = analysis.People(), Described = analysis.DescribedGenders(), Named = analysis.Named(), Read = true };
                }
            }

            TurnChains.Apply(turns, lines, _c.TurnCharacters, _c.Narrator, _c.UnlistedNarrator);

            // The scene is done: nothing looks back at its last two paragraphs any more.
            _c.LastSpeakerParagraph = null;
            if (_c.Earlier is not null)
            {
                Retire(_c.Earlier);
            }

            if (previous is not null)
            {
                Retire(previous);
            }

            _c.Earlier = null;
        }

        return lines;
    }

    /// <summary>
    /// Gives a paragraph's analysis back to the pool. The last speaker's paragraph is forgotten with it: the sieves use it
    /// only while it is one of the last three paragraphs, and a recycled object must not pass for it.
    /// </summary>
    private void Retire(ParagraphAnalysis analysis)
    {
        if (ReferenceEquals(_c.LastSpeakerParagraph, analysis))
        {
            _c.LastSpeakerParagraph = null;
        }

        AnalysisBuffers.Return(analysis.Buffers);
    }
}
