using System.Text;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;
using StoryBot.Corpus.Tests.Support;

namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>
/// Seeded random text through the real parser, the attributor and character discovery: quote marks of every style,
/// empty and huge paragraphs, unbalanced and nested quotes, odd Unicode. Nothing may throw.
/// </summary>
public class AttributionFuzzTests
{
    private static readonly string[] Marks =
    [
        "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", "\u201A", "\u2039", "\u203A", "\u300C", "\u300D",
        "\u300E", "\u300F", "`", "``", "''", "\u201F", "\u2032", "\u2033",
    ];

    private static readonly string[] Words =
    [
        " said", " asked", " replied", " cried", " whispered", " laughed", " smiled", " thought", " didn't", " to", " a", " the", " and",
        " he", " she", " He", " She", " him", " her", " Lee", " Naruto", " Naruto's", " Sakura-chan", " Hyuga", " Mr.", " Mrs.",
        " Miss", " Sir", " Tsunade", " Uzumaki Naruto", " Marguerite", " Clara", " Clara Thornby", " Mr. Thornby", " Miss Thornby",
        " With", " that", " With that", " After that,", " the other", " a drunk villager", " Well", " John", " God", " London",
        " went", " on", " began to", " laughed at", " who", " was", " Oh", " Hey", " then", " quietly", " I", " It", " When",
    ];

    private static readonly string[] Punctuation = [",", ".", "!", "?", ";", ":", "-", "\u2014", "\u2013", "\u2026", "...", "(", ")", "*", "~", "_"];

    private static readonly string[] OddUnicode =
    [
        "\u200B", "\u200D", "\uFEFF", "\u00A0", "\u202E", "\u0301", "e\u0301", "\U0001F600", "\U0001D54F", "\uD800", "\uDC00", "\u0000",
        "\u0007", "\t", "\u2028", "\u2029", "\u3000", "\u0130", "\u0131", "\u00DF", "\u03A3", "\u05D0", "\u0627", "\u4E2D", "\uFFFD",
    ];

    private static readonly string[] Breaks = ["\n\n", "\n", "\n\n\n\n", "\n\n* * *\n\n", "\n\n#\n\n", "\n\n~~~\n\n", "\n\nChapter 2\n\n", "\r\n\r\n"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 40; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void ParseAttributeDiscover_RandomText_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var text = RandomText(random, 3000 + random.Next(3000));

        var parsed = ChapterParser.ParseText(text, "fuzz.txt");
        var found = CharacterDiscovery.Resolve([parsed], null, ["Uzumaki Naruto", "Naruto Uzumaki", "Clara Thornby (Original)", "A/B", ""]).List;
        foreach (var characters in new[] { TestCharacters.Naruto, TestCharacters.Novel, CharacterList.Empty, found, CharacterDiscovery.Resolve([parsed]).List })
        {
            var chapter = ChapterParser.ParseText(text, "fuzz.txt");
            var lines = SpeakerAttributor.Attribute(chapter, characters);
            Assert.Equal(chapter.Paragraphs.Sum(p => p.Quotes.Count), lines.Count);
            Assert.All(lines, line => Assert.InRange(line.Confidence, 0, 1));
            using var writer = new StringWriter();
            DialogueTsv.Write(writer, lines);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ParseAttribute_RandomBytes_NeverThrows(int seed)
    {
        var random = new Random(seed);
        var bytes = new byte[20_000];
        random.NextBytes(bytes);
        var result = ChapterParser.Parse(bytes, "noise.bin");
        if (result.Success)
        {
            SpeakerAttributor.Attribute(result.Chapter!, TestCharacters.Naruto);
        }
    }

    [Theory]
    [InlineData("Mr. Mr. Mrs. Miss Lady Sir")]
    [InlineData("\"Hi,\" said Mr.\n\n\"Yes,\" said Mrs.")]
    [InlineData("\"Hi,\" said Clara Clara Clara Clara Clara.\n\n\"Yes,\" said Clara's.")]
    [InlineData("\"A,\" said X.\n\n\"B,\" said X.\n\n\"C.\"\n\n\"D.\"\n\n\"E.\"")]
    public void Discover_OddNames_NeverThrows(string text)
    {
        var chapter = ChapterParser.ParseText(text, "odd.txt");
        var cast = CharacterDiscovery.Resolve([chapter], null, ["Mr.", "(Naruto)", " ", "Clara"]);
        SpeakerAttributor.Attribute(chapter, cast.List);
        SpeakerAttributor.Attribute(chapter, CharacterDiscovery.Resolve([chapter]).List);
    }

    [Fact]
    public void ParseAttribute_HugeParagraphOfStrayMarksAndTags_NeverThrows()
    {
        var random = new Random(99);
        var builder = new StringBuilder();
        for (var i = 0; i < 40_000; i++)
        {
            builder.Append(random.Next(3) switch
            {
                0 => Marks[random.Next(Marks.Length)],
                1 => Words[random.Next(Words.Length)],
                _ => Punctuation[random.Next(Punctuation.Length)],
            });
        }

        var chapter = ChapterParser.ParseText(builder.ToString(), "huge.txt");
        var lines = SpeakerAttributor.Attribute(chapter, TestCharacters.Naruto);

        Assert.Equal(chapter.Paragraphs.Sum(p => p.Quotes.Count), lines.Count);
    }

    [Theory]
    [InlineData("With that")]
    [InlineData("After that")]
    [InlineData("With that,")]
    [InlineData("Naruto stood. With that")]
    [InlineData("\"Go,\" said Lee.\n\nWith that")]
    [InlineData("With that\n\n\"Go.\"")]
    [InlineData("\"Go.\" With that")]
    [InlineData("\"\"")]
    [InlineData("\"")]
    [InlineData("\u201C\u201D\u201C\u201D")]
    [InlineData("'''''''")]
    [InlineData("\"Hi\" \"\" said")]
    [InlineData("said \"")]
    [InlineData("\"Hi,\" said")]
    [InlineData("\"Hi,\" said Mr.")]
    [InlineData("Naruto said, \"")]
    [InlineData("\"Oh,\" Naruto")]
    [InlineData("He said. \"")]
    [InlineData("\"Well, Naruto")]
    public void Attribute_TruncatedShapes_NeverThrows(string text)
    {
        foreach (var characters in new[] { TestCharacters.Naruto, TestCharacters.Novel, CharacterList.Empty })
        {
            SpeakerAttributor.Attribute(ChapterParser.ParseText(text, "short.txt"), characters);
            SpeakerAttributor.Attribute(TestChapters.FromText(text), characters);
        }
    }

    internal static string RandomText(Random random, int pieces)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            var roll = random.Next(100);
            builder.Append(roll switch
            {
                < 18 => Marks[random.Next(Marks.Length)],
                < 70 => Words[random.Next(Words.Length)],
                < 85 => Punctuation[random.Next(Punctuation.Length)],
                < 92 => Breaks[random.Next(Breaks.Length)],
                < 97 => OddUnicode[random.Next(OddUnicode.Length)],
                < 99 => new string(' ', random.Next(1, 30)),
                _ => new string((char)random.Next(0x20, 0x3000), random.Next(1, 2000)),
            });
        }

        return builder.ToString();
    }
}
