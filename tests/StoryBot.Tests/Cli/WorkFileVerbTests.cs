using System.Globalization;
using System.Net;
using StoryBot.Cli;
using StoryBot.Tests.Libraries.Support;

namespace StoryBot.Tests.Cli;

/// <summary>The <c>dialogue</c> and <c>characters</c> verbs read HTML and EPUB as the importer does, not as plain text.</summary>
public sealed class WorkFileVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storybot-workverbs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string[] Paragraphs =
    [
        "Clara Thornby stood at the window of the inn with the letter in her hand.",
        "\"It came this morning,\" said Clara. She turned it over twice.",
        "Marguerite Vance looked up from the fire. \"From whom?\" asked Marguerite.",
        "\"From my brother,\" Clara replied. \"He is coming home.\"",
    ];

    private string Ao3Html()
    {
        var html = "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>The Letter - someone - Original Work [Archive of Our Own]</title></head><body>\n" +
            "<div id=\"preface\"><h2 class=\"toc-heading\">Preface</h2><p class=\"message\"><b>The Letter</b><br/>Posted originally on the " +
            "<a href=\"https://archiveofourown.org/\">Archive of Our Own</a> at <a href=\"https://archiveofourown.org/works/1717\">https://archiveofourown.org/works/1717</a>.</p>\n" +
            "<div class=\"meta\"><dl class=\"tags\">\n<dt>Rating:</dt><dd><a href=\"#\">General Audiences</a></dd>\n" +
            "<dt>Fandom:</dt><dd><a href=\"#\">Original Work</a></dd>\n" +
            "<dt>Characters:</dt><dd><a href=\"#\">Clara Thornby</a>, <a href=\"#\">Marguerite Vance</a></dd>\n" +
            "</dl>\n<h1>The Letter</h1>\n<div class=\"byline\">by <a rel=\"author\" href=\"#\">someone</a></div>\n</div></div>\n" +
            "<div id=\"chapters\" class=\"userstuff\">\n<div class=\"userstuff\">\n" +
            string.Join("\n", Paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>")) + "\n</div>\n</div>\n</body></html>\n";
        var path = Path.Combine(_folder, "letter.html");
        File.WriteAllText(path, html);
        return path;
    }

    private static async Task<(int Code, string[] Rows, string Error)> Run(Func<TextWriter, TextWriter, Task<int>> verb)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await verb(output, error);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public async Task Dialogue_Ao3Html_QuotesFromTheChapterTextWithTagSpeakers()
    {
        var path = Ao3Html();

        var (code, rows, _) = await Run((o, e) => DialogueCommand.RunAsync(path, null, o, e, CancellationToken.None));

        Assert.Equal(0, code);
        Assert.DoesNotContain(rows, r => r.Contains('<', StringComparison.Ordinal) || r.Contains("&quot;", StringComparison.Ordinal));
        var quotes = rows.Skip(1).Select(r => r.Split('\t')).ToList();
        Assert.Equal(["It came this morning,", "From whom?", "From my brother,", "He is coming home."], quotes.Select(q => q[5]));
        Assert.Equal("Clara Thornby", quotes[0][2]);
        Assert.Equal("Marguerite Vance", quotes[1][2]);
    }

    [Fact]
    public async Task Characters_Ao3Html_ListsTheWorksCharacterTags()
    {
        var path = Ao3Html();

        var (code, rows, _) = await Run((o, e) => CharactersCommand.RunAsync(path, null, o, e, CancellationToken.None));

        Assert.Equal(0, code);
        var entries = rows.Skip(1).Select(r => r.Split('\t')).ToList();
        Assert.Contains(entries, r => r[0] == "Clara Thornby" && r[1] == "tags" && int.Parse(r[3], CultureInfo.InvariantCulture) >= 1);
        Assert.Contains(entries, r => r[0] == "Marguerite Vance" && r[1] == "tags");
    }

    [Fact]
    public async Task DialogueAndCharacters_Epub_EveryChapterReadThroughTheEpubReader()
    {
        var path = Path.Combine(_folder, "ferry.epub");
        await File.WriteAllBytesAsync(path, UploadFiles.Epub());

        var dialogue = await Run((o, e) => DialogueCommand.RunAsync(path, null, o, e, CancellationToken.None));
        var characters = await Run((o, e) => CharactersCommand.RunAsync(path, null, o, e, CancellationToken.None));

        Assert.Equal(0, dialogue.Code);
        Assert.Equal(2, dialogue.Rows.Count(r => r.StartsWith("# chapter ", StringComparison.Ordinal)));
        var quotes = dialogue.Rows.Where(r => !r.StartsWith('#') && !r.StartsWith("start\t", StringComparison.Ordinal)).Select(r => r.Split('\t')).ToList();
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Hold the rail,", q[5]));
        Assert.All(quotes, q => Assert.Equal("Captain Wren", q[2]));
        Assert.Equal(0, characters.Code);
        Assert.Contains(characters.Rows.Skip(1), r => r.StartsWith("Captain Wren\ttext\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dialogue_BrokenEpub_ReturnsOneWithAReason()
    {
        var path = Path.Combine(_folder, "broken.epub");
        await File.WriteAllBytesAsync(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]);

        var (code, rows, error) = await Run((o, e) => DialogueCommand.RunAsync(path, null, o, e, CancellationToken.None));

        Assert.Equal(1, code);
        Assert.Empty(rows);
        Assert.Contains("broken.epub", error, StringComparison.Ordinal);
    }
}
