using System.Globalization;
using StoryBot.Cli;

namespace StoryBot.Tests.Cli;

public sealed class DialogueCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storybot-dialogue-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunAsync_CharactersJsonNextToFile_PrintsTsvWithSpeakers()
    {
        var chapter = Write("chapter.txt", "\"Hello,\tthere,\" said Lee.\n\nNaruto grinned.\n\n\"Hi!\"\nhe said.");
        Write("characters.json", """{"characters":[{"name":"Rock Lee","aliases":["Lee"],"gender":"male"},{"name":"Naruto Uzumaki","aliases":["Naruto"],"gender":"male"}]}""");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var code = await DialogueCommand.RunAsync(chapter, null, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("start\tend\tspeaker\tconfidence\tkind\ttext", lines[0]);
        Assert.Equal("0\t15\tRock Lee\t0.95\tspeech\tHello, there,", lines[1]);
        Assert.Equal(6, lines[2].Split('\t').Length);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task RunAsync_NoCharacterList_AbstainsAndSaysSo()
    {
        var chapter = Write("chapter.txt", "\"Hello,\" said Lee.");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        Assert.Equal(0, await DialogueCommand.RunAsync(chapter, null, output, error, CancellationToken.None));
        Assert.Contains("0\t8\t\t0\tspeech\tHello,", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("no characters.json", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.txt", null, "no such file")]
    [InlineData("chapter.txt", "bad.json", "not valid JSON")]
    [InlineData("empty.txt", null, "empty.txt")]
    public async Task RunAsync_BadInput_ReturnsOneWithAReason(string file, string? characters, string expected)
    {
        Write("chapter.txt", "\"Hello,\" said Lee.");
        Write("empty.txt", string.Empty);
        Write("bad.json", "{ nope");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var code = await DialogueCommand.RunAsync(Path.Combine(_folder, file), characters is null ? null : Path.Combine(_folder, characters), output, error, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task CommandLine_DialogueVerb_ParsesFileAndCharactersOption()
    {
        var chapter = Write("chapter.txt", "\"Hello,\" said Lee.");
        var list = Write("list.json", """{"characters":[{"name":"Rock Lee","aliases":["Lee"]}]}""");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        var parse = StoryBotCommandLine.Create().Parse(["dialogue", chapter, "--characters", list]);
        parse.InvocationConfiguration.Output = output;

        Assert.Equal(0, await parse.InvokeAsync());
        Assert.Contains("Rock Lee", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task RunAsync_RandomQuotesAndUnicode_ExitsCleanly(int seed)
    {
        string[] pieces =
        [
            "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u300C", " said", " Lee", " he", " With that", " Clara",
            " asked Mrs. Hale", ",", ".", "!", "\n\n", "\n", "\u200B", "\U0001F600", "\uFFFD", " ", "\u2014", "*",
        ];
        var random = new Random(seed);
        var text = string.Concat(Enumerable.Range(0, 5000).Select(_ => pieces[random.Next(pieces.Length)]));
        var chapter = Write("fuzz.txt", text);
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);

        var code = await DialogueCommand.RunAsync(chapter, null, output, error, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.StartsWith("start\t", output.ToString(), StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
