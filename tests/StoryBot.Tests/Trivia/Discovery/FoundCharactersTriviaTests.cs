using StoryBot.Data.Libraries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Cli;
using StoryBot.Data;
using StoryBot.Data.Hosting;
using StoryBot.Tests.Support;
using StoryBot.Trivia;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Discovery;

/// <summary>
/// A story with no characters.json: the import finds its speakers in the text, the <c>characters</c> verb lists them, and
/// who-said-it questions come out of it with the right answer.
/// </summary>
public sealed class FoundCharactersTriviaTests : IAsyncDisposable
{
    private const string Story = """
        The Letter

        The morning was grey when Clara Thornby came down to breakfast. Her father was already at the table.

        "You are late," said Mr. Thornby, without looking up from his paper.

        "I was reading," Clara replied. She sat down and reached for the toast.

        "Reading what?" asked Mr. Thornby.

        "A novel," said Clara. She smiled at the window.

        "Novels," muttered Mr. Thornby. He turned a page of his paper.

        The door opened and Marguerite Vance came in with the post, shaking the rain from her shawl.

        "There is a letter for you, Clara," said Marguerite. She laid it by the toast rack.

        "From whom?" Clara asked.

        "It has no name on it," Marguerite answered. "Only a seal."

        Mr. Thornby put down his paper at last. "Give it here," he said.

        "It is addressed to me, Father," said Clara.

        "Then read it aloud," Mr. Thornby replied.

        Clara broke the seal. Her hands were not quite steady.

        "Well?" said Marguerite.

        "It says the house is sold," Clara whispered.
        """;

    private static readonly Dictionary<string, string> Speakers = new(StringComparer.Ordinal)
    {
        ["You are late,"] = "Mr. Thornby",
        ["I was reading,"] = "Clara Thornby",
        ["Reading what?"] = "Mr. Thornby",
        ["A novel,"] = "Clara Thornby",
        ["Novels,"] = "Mr. Thornby",
        ["There is a letter for you, Clara,"] = "Marguerite Vance",
        ["From whom?"] = "Clara Thornby",
        ["It has no name on it,"] = "Marguerite Vance",
        ["Only a seal."] = "Marguerite Vance",
        ["Give it here,"] = "Mr. Thornby",
        ["It is addressed to me, Father,"] = "Clara Thornby",
        ["Then read it aloud,"] = "Mr. Thornby",
        ["Well?"] = "Marguerite Vance",
        ["It says the house is sold,"] = "Clara Thornby",
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("storybot-found-").FullName;
    private ServiceProvider? _services;

    [Fact]
    public async Task Import_StoryWithoutCharactersJson_WhoSaidItAnswersAreRight()
    {
        var seeds = Path.Combine(_directory, "seeds");
        Directory.CreateDirectory(seeds);
        await File.WriteAllTextAsync(Path.Combine(seeds, "letter.txt"), Story);
        var bank = await ImportAsync(seeds);

        var questions = bank.Candidates.Where(c => c.Kind == QuestionKind.WhoSaidIt).Select(c => bank.Create(c, new Random(3))!).ToList();

        Assert.NotEmpty(questions);
        // A question may join the parts of an interrupted line ("It has no name on it, Only a seal."): every part is the answer's.
        Assert.All(questions, question => Assert.Equal(
            [question.Answer],
            Speakers.Where(p => question.Body.Contains(p.Key.TrimEnd(','), StringComparison.Ordinal)).Select(p => p.Value).Distinct()));
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        var stored = await db.Characters.AsNoTracking().Where(c => c.StoryId != null).Select(c => c.Name).ToListAsync();
        Assert.Contains("Clara Thornby", stored);
        Assert.Contains("Mr. Thornby", stored);
        Assert.Contains("Marguerite Vance", stored);
    }

    [Fact]
    public async Task Import_StoryWithCharacterTags_TagCharactersAnswerWhoSaidIt()
    {
        var seeds = Path.Combine(_directory, "seeds");
        Directory.CreateDirectory(seeds);
        var tagged = "Title: The Letter\nAuthor: someone\nFandom: Original Work\nCharacters: Thornby Clara, Vance Marguerite, Original Character(s)\n\n" +
            Story[(Story.IndexOf('\n', StringComparison.Ordinal) + 1)..];
        await File.WriteAllTextAsync(Path.Combine(seeds, "letter.txt"), tagged);
        var bank = await ImportAsync(seeds);

        var questions = bank.Candidates.Where(c => c.Kind == QuestionKind.WhoSaidIt).Select(c => bank.Create(c, new Random(3))!).ToList();

        AssertAnswersAreTheTaggedSpeakers(questions);
        await using var scope = _services!.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        var stored = await db.Characters.AsNoTracking().Where(c => c.StoryId != null).Select(c => c.Name).ToListAsync();
        Assert.Contains("Thornby Clara", stored);
        Assert.Contains("Vance Marguerite", stored);
        Assert.DoesNotContain("Original Character(s)", stored);
        Assert.DoesNotContain("Clara Thornby", stored);
    }

    [Fact]
    public async Task Import_Ao3HtmlDownloadWithCharacterTags_TagCharactersAnswerWhoSaidIt()
    {
        var seeds = Path.Combine(_directory, "seeds");
        Directory.CreateDirectory(seeds);
        var paragraphs = Story.Split("\n\n", StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p.Trim()) + "</p>");
        var html = "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>The Letter - someone - Original Work [Archive of Our Own]</title></head><body>\n" +
            "<div id=\"preface\"><h2 class=\"toc-heading\">Preface</h2><p class=\"message\"><b>The Letter</b><br/>Posted originally on the " +
            "<a href=\"https://archiveofourown.org/\">Archive of Our Own</a> at <a href=\"https://archiveofourown.org/works/1717\">https://archiveofourown.org/works/1717</a>.</p>\n" +
            "<div class=\"meta\"><dl class=\"tags\">\n<dt>Rating:</dt><dd><a href=\"#\">General Audiences</a></dd>\n" +
            "<dt>Fandom:</dt><dd><a href=\"#\">Original Work</a></dd>\n<dt>Relationships:</dt><dd><a href=\"#\">Clara Thornby &amp; Marguerite Vance</a></dd>\n" +
            "<dt>Characters:</dt><dd><a href=\"#\">Thornby Clara</a>, <a href=\"#\">Vance Marguerite</a>, <a href=\"#\">Original Characters</a></dd>\n" +
            "</dl>\n<h1>The Letter</h1>\n<div class=\"byline\">by <a rel=\"author\" href=\"#\">someone</a></div>\n</div></div>\n" +
            "<div id=\"chapters\" class=\"userstuff\">\n<div class=\"userstuff\">\n" + string.Join("\n", paragraphs) + "\n</div>\n</div>\n</body></html>\n";
        await File.WriteAllTextAsync(Path.Combine(seeds, "letter.html"), html);
        var bank = await ImportAsync(seeds);

        var questions = bank.Candidates.Where(c => c.Kind == QuestionKind.WhoSaidIt).Select(c => bank.Create(c, new Random(3))!).ToList();

        AssertAnswersAreTheTaggedSpeakers(questions);
        Assert.Contains(questions, q => q.Answer == "Thornby Clara");
    }

    [Fact]
    public async Task CharactersVerb_StoryWithoutCharactersJson_ListsTextSpeakers()
    {
        var path = Path.Combine(_directory, "letter.txt");
        await File.WriteAllTextAsync(path, Story);
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(0, await CharactersCommand.RunAsync(path, null, output, error, CancellationToken.None));

        var rows = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(r => r.Split('\t')).ToList();
        Assert.Contains(rows, r => r[0] == "Clara Thornby" && r[1] == "text" && r[2] == "female" && r[6].Contains("Clara", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "Mr. Thornby" && r[1] == "text" && r[2] == "male");
        Assert.Contains(rows, r => r[0] == "Marguerite Vance" && r[1] == "text");
        Assert.DoesNotContain(rows, r => r[0] is "Father" or "The Letter" or "Thornby");
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Temp space; the OS cleans it.
        }
    }

    private async Task<QuestionBank> ImportAsync(string seeds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["contentRoot"] = _directory,
            ["ConnectionStrings:Stories"] = UnpooledSqlite.ConnectionString(Path.Combine(_directory, "storybot.db")),
            ["Stories:SeedPath"] = seeds,
            ["Stories:ImportOnStart"] = "true",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddStoryData(configuration);
        services.AddSingleton(Options.Create(new TriviaOptions()));
        services.AddSingleton<ITriviaCorpusSource, StoryDbTriviaSource>();
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<StoryDataInitializer>().InitializeAsync(CancellationToken.None);
        var source = _services.GetRequiredService<ITriviaCorpusSource>();
        var catalog = await source.LoadCatalogAsync(LibraryScope.SharedOnly, CancellationToken.None);
        var corpus = TriviaCorpus.From(catalog, await source.LoadChaptersAsync(LibraryScope.SharedOnly, null, lines: true, passages: true, CancellationToken.None));
        return new QuestionBank(corpus, new QuestionRules());
    }

    /// <summary>Every question's answer is the labelled speaker of its line, under the name the work's Character tags give.</summary>
    private static void AssertAnswersAreTheTaggedSpeakers(List<TriviaQuestion> questions)
    {
        Assert.NotEmpty(questions);
        var byTag = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Clara Thornby"] = "Thornby Clara", ["Marguerite Vance"] = "Vance Marguerite", ["Mr. Thornby"] = "Mr. Thornby",
        };
        Assert.All(questions, question => Assert.Equal(
            [question.Answer],
            Speakers.Where(p => question.Body.Contains(p.Key.TrimEnd(','), StringComparison.Ordinal)).Select(p => byTag[p.Value]).Distinct()));
    }
}
