using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Dialogue;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using Xunit.Abstractions;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>Published-novel conventions on original synthetic text: British single quotes, titles in tags, sparse tags.</summary>
public class NovelStyleTests(ITestOutputHelper output)
{
    // Written for these tests. Gold speakers per quote, in order; "" where a careful reader cannot tell.
    private const string Kitchen = """
        'You're late again,' said Mrs. Weasley, setting the kettle down. 'The boys' breakfast went cold an hour ago.'

        'The train was held at Crewe,' said Mr. Weasley. He hung his coat on the hook by the door. 'Signal trouble, they said.'

        'Signal trouble,' Mrs. Weasley repeated. 'It's always signal trouble with that line.'

        Mr. Weasley sat down and reached for the teapot.

        'Don't,' she said. 'It's stewed. I'll make a fresh one.'

        'I like it stewed.'

        'Nobody likes it stewed, Arthur.'

        Dr. Hollis knocked twice and let himself in, shaking rain from his hat. 'Is the patient awake?'

        'Awake and complaining,' said Mrs. Weasley. 'Which I take to be a good sign.'

        'An excellent sign,' replied Dr. Hollis. 'May I see him?'

        'Upstairs, second door. Mind the loose board.'

        The doctor nodded and went up. For a while neither of them spoke.

        'He'll be all right,' Mr. Weasley said at last.

        'You don't know that.'

        'No,' he admitted. 'But Hollis thinks so, and Hollis is rarely wrong about these things.'

        Mrs. Weasley turned back to the stove. 'Rarely isn't never.'
        """;

    private static readonly string[] KitchenGold =
    [
        "Molly Weasley", "Molly Weasley", "Arthur Weasley", "Arthur Weasley", "Molly Weasley", "Molly Weasley", "Molly Weasley",
        "Molly Weasley", "Arthur Weasley", "Molly Weasley", "Dr. Hollis", "Molly Weasley", "Molly Weasley", "Dr. Hollis",
        "Dr. Hollis", "Molly Weasley", "Arthur Weasley", "Molly Weasley", "Arthur Weasley", "Arthur Weasley", "Molly Weasley",
    ];

    private const string Station = """
        “We should have taken the early train,” said Clara.

        Edmund checked his watch for the third time. “There wasn’t one. The timetable changed in May.”

        “Then we should have walked.”

        “Eleven miles?”

        “People used to.”

        “People used to die of toothache,” Edmund said. “I prefer the twentieth century.”

        She laughed despite herself. “Fine. What do we tell Dr. Hollis?”

        “The truth,” he said. “That the trains run when they please.”
        """;

    private static readonly string[] StationGold =
    [
        "Clara Bell", "Edmund Pike", "Clara Bell", "Edmund Pike", "Clara Bell", "Edmund Pike", "Edmund Pike", "Clara Bell",
        "Edmund Pike", "Edmund Pike",
    ];

    [Fact]
    public void Find_BritishSingleQuotes_FindsEveryLineAndNoApostrophe()
    {
        var chapter = TestChapters.FromText(Normalize(Kitchen));
        var ranges = chapter.Paragraphs.Select(p => p.Range).ToList();
        Assert.Equal(QuoteConvention.SingleQuotes, QuoteFinder.DetectConvention(chapter.Text, ranges));
        var quotes = chapter.Paragraphs.SelectMany(p => p.Quotes).ToList();
        Assert.Equal(KitchenGold.Length, quotes.Count);
        Assert.Equal("The boys' breakfast went cold an hour ago.", quotes[1].Text);
    }

    [Theory]
    [InlineData(Kitchen, 0.40)]
    [InlineData(Station, 0.40)]
    public void Attribute_NovelStyle_IsPreciseAndCoversAtLeast40Percent(string text, double minCoverage)
    {
        var gold = text == Kitchen ? KitchenGold : StationGold;
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText(Normalize(text)), TestCharacters.Novel);
        Assert.Equal(gold.Length, lines.Count);
        var attributed = lines.Select((line, i) => (line, gold: gold[i])).Where(x => x.line.Speaker is not null).ToList();
        Assert.All(attributed, x => Assert.Equal(x.gold, x.line.Speaker));
        output.WriteLine($"{attributed.Count}/{gold.Length} attributed: " + string.Join(", ", lines.Select(l => l.Sieve ?? "-")));
        Assert.InRange((double)attributed.Count / gold.Length, minCoverage, 1);
        Assert.All(lines, l => Assert.Equal(DialogueKind.Speech, l.Kind));
    }

    [Fact]
    public void Attribute_TitleInTag_IsNotASentenceEnd()
    {
        var lines = SpeakerAttributor.Attribute(TestChapters.FromText("'Right,' said Mr. Weasley. 'Off we go.'"), TestCharacters.Novel);
        Assert.Equal(["Arthur Weasley", "Arthur Weasley"], lines.Select(l => l.Speaker ?? string.Empty));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
