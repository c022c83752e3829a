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
    private readonly ChapterContext _c;
    private readonly QuoteSieves _sieves;

    public ChapterAttributor(ParsedChapter chapter, CharacterList characters)
    {
        _c = new ChapterContext(chapter, characters);
        _sieves = new QuoteSieves(_c);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public IReadOnlyList<AttributedLine> Run()
    {
        var lines = new List<AttributedLine>(_c.QuoteCount);
        foreach (var scene in _c.Chapter.Scenes)
        {
            ParagraphAnalysis? previous = null;
            _c.Earlier = null;
            _c.LastSpeakerParagraph = null;
            var turns = new List<TurnRecord>();
            foreach (var paragraph in scene.Paragraphs)
            {
                var analysis = new ParagraphAnalysis(_c.Chapter.Text, paragraph, _c.Matcher, AnalysisBuffers.Rent(), _c.Narrator);
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

                    AnalysisBuffers.Return(_c.Earlier.Buffers);
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

            TurnChains.Apply(turns, lines, _c.TurnCharacters);

            // The scene is done: nothing looks back at its last two paragraphs any more.
            _c.LastSpeakerParagraph = null;
            if (_c.Earlier is not null)
            {
                AnalysisBuffers.Return(_c.Earlier.Buffers);
            }

            if (previous is not null)
            {
                AnalysisBuffers.Return(previous.Buffers);
            }

            _c.Earlier = null;
        }

        return lines;
    }
}
