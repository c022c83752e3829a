using StoryBot.Data.Storage;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Persistence.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Data;
using StoryBot.Data.Queries;
using StoryBot.Tests.Support;
using StoryBot.Trivia;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>
/// Trivia as the host runs it (AddTrivia on a generic host, real SQLite file, the command router), with the seams
/// faked: the clock, the channel messenger and, unless a story database is wanted, the corpus.
/// </summary>
public sealed class TriviaHarness : IAsyncDisposable
{
    public const ulong Guild = 1;
    public const ulong Channel = 10;

    private readonly IHost _host;
    private bool _stopped;

    private TriviaHarness(IHost host, string databasePath, TestClock time, FakeChannelMessenger messenger, DatabaseProvider provider)
    {
        _host = host;
        Provider = provider;
        DatabasePath = databasePath;
        Time = time;
        Messenger = messenger;
    }

    /// <summary>The SQLite file, or on PostgreSQL the connection string of the test's own database (pass it to a restart).</summary>
    public string DatabasePath { get; }

    public DatabaseProvider Provider { get; }

    public TestClock Time { get; }

    public FakeChannelMessenger Messenger { get; }

    public IServiceProvider Services => _host.Services;

    public static async Task<TriviaHarness> StartAsync(
        TriviaCorpus? corpus,
        string? databasePath = null,
        TestClock? time = null,
        FakeChannelMessenger? messenger = null,
        IDictionary<string, string?>? settings = null,
        DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        bool postgres = provider == DatabaseProvider.Postgres;
        databasePath ??= postgres
            ? await PostgresTestServer.CreateDatabaseAsync("trivia", MigratePostgresAsync)
            : Path.Combine(Path.GetTempPath(), $"trivia-{Guid.NewGuid():N}.db");
        time ??= new TestClock();
        messenger ??= new FakeChannelMessenger();
        var connectionString = postgres ? databasePath : UnpooledSqlite.ConnectionString(databasePath);
        var store = new StoreConnection(provider, connectionString);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Stories"] = connectionString,
            ["Database:Provider"] = provider.ToString(),
            ["Trivia:QuestionSeconds"] = "20",
            ["Trivia:RevealSeconds"] = "5",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton<IChannelMessenger>(messenger);
        builder.Services.AddSingleton(new TriviaRandom(new Random(42)));
        if (corpus is not null)
        {
            builder.Services.AddSingleton<ITriviaCorpusSource>(new StaticCorpusSource(corpus));
        }

        builder.Services.AddSingleton(store);
        builder.Services.AddScoped(_ => StoryDbContextOptions.CreateContext(store));
        builder.Services.AddScoped<IStoryCatalog, StoryCatalog>();
        builder.AddTrivia();
        var host = builder.Build();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<StoryDbContext>().Database.MigrateAsync();
        }

        await host.StartAsync();
        return new TriviaHarness(host, databasePath, time, messenger, provider);
    }

    private static async Task MigratePostgresAsync(string connectionString)
    {
        var store = new StoreConnection(DatabaseProvider.Postgres, connectionString);
        await using (var stories = StoryDbContextOptions.CreateContext(store))
        {
            await stories.Database.MigrateAsync();
        }

        var options = new DbContextOptionsBuilder<PostgresTriviaDbContext>();
        options.UseStore(store, TriviaDbContext.MigrationsHistoryTable);
        await using var trivia = new PostgresTriviaDbContext(options.Options);
        await trivia.Database.MigrateAsync();
    }

    public static CommandContext As(ulong userId, string name, BotPermissions permissions = BotPermissions.None, ulong channel = Channel) =>
        new(new BotUser(userId, name, permissions), Guild, channel);

    public Task<BotReply> SlashAsync(CommandContext context, string subcommand, params (string Name, object Value)[] options) =>
        Services.GetRequiredService<CommandRouter>().DispatchAsync(
            new SlashCommandInvocation(context, "trivia", subcommand, new CommandOptions(options.ToDictionary(option => option.Name, option => option.Value))),
            CancellationToken.None);

    public Task<BotReply> PressAsync(CommandContext context, ulong messageId, string customId) =>
        Services.GetRequiredService<CommandRouter>().DispatchAsync(new ComponentInvocation(context, customId, messageId), CancellationToken.None);

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync();
        }
    }

    /// <summary>Keep the database file at dispose (a test restarts on it).</summary>
    public bool KeepDatabase { get; set; }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
        if (!KeepDatabase && Provider == DatabaseProvider.Postgres)
        {
            await PostgresTestServer.DropDatabaseAsync(DatabasePath);
        }
        else if (!KeepDatabase)
        {
            File.Delete(DatabasePath);
            File.Delete(DatabasePath + "-wal");
            File.Delete(DatabasePath + "-shm");
        }
    }
}
