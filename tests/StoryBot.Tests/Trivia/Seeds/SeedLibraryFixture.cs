using StoryBot.Data.Libraries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Data.Hosting;
using StoryBot.Tests.Support;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Seeds;

/// <summary>The five seeds imported once (the real importer: parser, attributor, characters.json) into a temp database.</summary>
public sealed class SeedLibraryFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "storybot-trivia-seeds", Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    public string ConnectionString => UnpooledSqlite.ConnectionString(Path.Combine(_directory, "storybot.db"));

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public TriviaCatalog Catalog { get; private set; } = TriviaCatalog.Empty;

    /// <summary>The whole seed library in memory, as a small library is held.</summary>
    public TriviaCorpus Corpus { get; private set; } = TriviaCorpus.Empty;

    public QuestionBank Bank { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["contentRoot"] = _directory,
            ["ConnectionStrings:Stories"] = ConnectionString,
            ["Stories:SeedPath"] = RepositoryPaths.Seeds,
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
        Catalog = await source.LoadCatalogAsync(LibraryScope.SharedOnly, CancellationToken.None);
        Corpus = TriviaCorpus.From(Catalog, await source.LoadChaptersAsync(LibraryScope.SharedOnly, null, lines: true, passages: true, CancellationToken.None));
        Bank = new QuestionBank(Corpus, new QuestionRules());
    }

    public async Task DisposeAsync()
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
}
