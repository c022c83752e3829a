using System.Text;
using StoryBot.Corpus.Model;
using static StoryBot.Corpus.Tests.Support.HeldOutBook;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>
/// Em-dash dialogue ("— Where are you going? she asked.") with no blank lines and no indents, as Spanish, Catalan,
/// French and Russian writers format it: each line that opens with the dash is a paragraph, whether the narration
/// between is one line per paragraph or hard-wrapped. Expected outcome written before the first run.
/// </summary>
public sealed class EmDashLineTests
{
    private static readonly string[] Paragraphs =
    [
        "The harbour was black and the boats were black on it, and only the lantern on the customs house gave the water any shape at all. Marta found her brother on the steps with his boots off, as though he had been planning to swim.",
        "— Where are you going? she asked.",
        "— To count the boats, said Pau. Somebody has to count them before the harbourmaster does, or he will say there were fewer than there were.",
        "— At this hour?",
        "— At every hour.",
        "— And if one is missing?",
        "He did not answer that. He pulled his boots back on, one and then the other, and the lantern on the customs house went out as if it had been listening and had decided it did not want to hear the rest of it.",
        "— Then we look for it, he said at last.",
        "— In the dark?",
        "— The dark is where boats go when they are lost, Marta. Where else would we look for them?",
        "She sat down beside him on the cold step and they watched the water together until the first grey came up behind the breakwater and the gulls began again.",
    ];

    [Fact]
    public void Parse_EmDashOneLinePerParagraphNoBlankLines_EachLineAParagraph()
    {
        string text = "Title: Night Count\nAuthor: Núria Vell\n\n" + string.Join("\n", Paragraphs) + "\n";

        ParsedChapter chapter = Assert.Single(Parse(text).Chapters);

        Assert.Equal(Paragraphs, chapter.Paragraphs.Select(p => p.Text));
        Assert.Single(chapter.Scenes);
    }

    [Fact]
    public void Parse_EmDashWithNarrationWrappedAt70NoBlankLines_DashLinesOpenParagraphsNarrationJoined()
    {
        string text = "Title: Night Count\nAuthor: Núria Vell\n\n" + string.Join("\n", Paragraphs.Select(p => Wrap(p, 70))) + "\n";

        ParsedChapter chapter = Assert.Single(Parse(text).Chapters);

        Assert.Equal(Paragraphs, chapter.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Parse_EmDashWithNarrationWrappedAt70Crlf_SameParagraphs()
    {
        string text = "Title: Night Count\r\nAuthor: Núria Vell\r\n\r\n" + string.Join("\r\n", Paragraphs.Select(p => Wrap(p, 70, "\r\n"))) + "\r\n";

        ParsedChapter chapter = Assert.Single(Parse(text).Chapters);

        Assert.Equal(Paragraphs, chapter.Paragraphs.Select(p => p.Text));
    }

    private static ParsedWork Parse(string text) => HeldOutEpubTests.Parse(Encoding.UTF8.GetBytes(text), "night-count.txt");
}
