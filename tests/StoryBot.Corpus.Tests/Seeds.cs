using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests;

/// <summary>The repository's seed chapters, copied next to the test assembly by the project file.</summary>
internal static class Seeds
{
    public const string MothersTears = "000_2c3c7600e69cced8.txt";
    public const string Footnotes = "001_86e35906ad5cded5.txt";
    public const string SecondChances = "002_0be2cb83b64d332a.txt";
    public const string Flashback = "003_ebd54658bc8c22b7.txt";
    public const string Banished = "004_1f89e69b839a6ca1.txt";

    public static IEnumerable<string> All => [MothersTears, Footnotes, SecondChances, Flashback, Banished];

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    public static ParsedChapter Parse(string name)
    {
        ChapterParseResult result = ChapterParser.Parse(Bytes(name), name);
        Assert.True(result.Success, result.Error);
        return result.Chapter!;
    }
}
