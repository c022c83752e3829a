using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", " said ", " Lee", " Naruto's", " he", " she", ",", ".", "!", "?", " the other",
        " asked", " Sakura-chan", " Hyuga", " Mr.", "\n\n", "\n", " and", " thought", " didn't", " to", " a", " Tsunade", "-", "\u2026",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Attribute_RandomMarksNamesAndTags_NeverThrowsAndStaysConsistent(int seed)
    {
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, 4000).Select(_ => Pieces[random.Next(Pieces.Length)]));
        var chapter = TestChapters.FromText(text);

        var lines = SpeakerAttributor.Attribute(chapter, TestCharacters.Naruto);

        Assert.Equal(chapter.Paragraphs.Sum(p => p.Quotes.Count), lines.Count);
        Assert.All(lines, line =>
        {
            Assert.InRange(line.Confidence, 0, 1);
            var paragraph = chapter.Paragraphs.Single(p => p.Index == line.ParagraphIndex);
            Assert.InRange(line.Quote.Range.Start, paragraph.Range.Start, paragraph.Range.End);
            Assert.InRange(line.Quote.Range.End, paragraph.Range.Start, paragraph.Range.End);
        });
    }
}
