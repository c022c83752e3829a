using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// The attributor recycles its token and per-quote buffers through a per-thread pool, and tokenises quote-less
/// paragraphs lazily: whatever ran before on the thread must not change a chapter's result.
/// </summary>
public class BufferReuseTests
{
    private static readonly Lazy<CharacterList> Characters =
        new(() => CharacterList.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "characters.json"))));

    private static string[] Describe(IReadOnlyList<AttributedLine> lines) =>
        [.. lines.Select(l => $"{l.ParagraphIndex} {l.Quote.Range.Start} {l.Kind} {l.Speaker} {l.Confidence} {l.SpeakerMention} {l.Sieve}")];

    [Fact]
    public void Attribute_SeedsInAnyOrderOnOneThread_GiveTheSameLines()
    {
        var chapters = Seeds.All.Select(Seeds.Parse).ToList();
        var first = chapters.Select(c => Describe(SpeakerAttributor.Attribute(c, Characters.Value))).ToList();

        // Reverse order, each twice, and a chapter with other characters in between: the pooled buffers carry over.
        for (var i = chapters.Count - 1; i >= 0; i--)
        {
            Assert.Equal(first[i], Describe(SpeakerAttributor.Attribute(chapters[i], Characters.Value)));
            _ = SpeakerAttributor.Attribute(chapters[(i + 1) % chapters.Count], CharacterList.Empty);
            Assert.Equal(first[i], Describe(SpeakerAttributor.Attribute(chapters[i], Characters.Value)));
        }
    }

    [Fact]
    public void Attribute_OnSeveralThreadsAtOnce_GivesTheSameLinesAsAlone()
    {
        var chapters = Seeds.All.Select(Seeds.Parse).ToList();
        var alone = chapters.Select(c => Describe(SpeakerAttributor.Attribute(c, Characters.Value))).ToList();

        var parallel = new string[chapters.Count * 4][];
        Parallel.For(0, parallel.Length, i => parallel[i] = Describe(SpeakerAttributor.Attribute(chapters[i % chapters.Count], Characters.Value)));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(alone[i % chapters.Count], parallel[i]);
        }
    }
}
