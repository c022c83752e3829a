using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using StoryBot.Commands;
using StoryBot.Daily;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Persistence.Postgres;
using StoryBot.Daily.Posting;
using StoryBot.Daily.Scheduling;
using StoryBot.Data;
using StoryBot.Data.Storage;
using StoryBot.Testing;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Daily.Support;

/// <summary>
/// The daily feature as the host wires it (<c>AddDaily</c>) over a real SQLite file, with a fake clock and a fake
/// messenger that survive <see cref="RestartAsync"/> (a new host over the same database, as after a crash).
/// </summary>
public sealed class DailyHarness : IAsyncDisposable
{
    public const ulong AdminId = 42;

    private readonly string _directory;
    private readonly Dictionary<string, string?> _settings;
    private IHost? _host;

    private DailyHarness(DateTimeOffset start, Dictionary<string, string?>? settings, DatabaseProvider provider, string? postgres)
    {
        Clock = new TestClock(start);
        Discord = new FakeChannelMessenger(Clock);
        _directory = Path.Combine(Path.GetTempPath(), "storybot-daily-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        Provider = provider;
        ConnectionString = postgres ?? UnpooledSqlite.ConnectionString(Path.Combine(_directory, "stories.db"));
        _settings = new Dictionary<string, string?>(settings ?? [])
        {
            ["ConnectionStrings:Stories"] = ConnectionString,
            ["Database:Provider"] = provider.ToString(),
        };
    }

    public DatabaseProvider Provider { get; }

    public TestClock Clock { get; }

    public FakeChannelMessenger Discord { get; }

    public string ConnectionString { get; }

    public IServiceProvider Services => (_host ??= Build()).Services;

    public static async Task<DailyHarness> CreateAsync(
        DateTimeOffset start, Dictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        string? postgres = provider == DatabaseProvider.Postgres
            ? await PostgresTestServer.CreateDatabaseAsync("daily", MigratePostgresAsync)
            : null;
        var harness = new DailyHarness(start, settings, provider, postgres);
        await using var scope = harness.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<StoryDbContext>().Database.MigrateAsync();
        await scope.ServiceProvider.GetRequiredService<DailyDbContext>().Database.MigrateAsync();
        return harness;
    }

    private static async Task MigratePostgresAsync(string connectionString)
    {
        var store = new StoreConnection(DatabaseProvider.Postgres, connectionString);
        await using (var stories = StoryDbContextOptions.CreateContext(store))
        {
            await stories.Database.MigrateAsync();
        }

        var options = new DbContextOptionsBuilder<PostgresDailyDbContext>();
        options.UseStore(store, DailyDbContext.MigrationsHistoryTable);
        await using var daily = new PostgresDailyDbContext(options.Options);
        await daily.Database.MigrateAsync();
    }

    /// <summary>The host as the bot builds it, not started (tests drive passes themselves unless they start it).</summary>
    public IHost Host => _host ??= Build();

    /// <summary>Drops the running host (as a crash would) and builds a fresh one over the same database.</summary>
    public async Task RestartAsync()
    {
        if (_host is not null)
        {
            _host.Dispose();
            _host = null;
        }

        await Task.CompletedTask;
    }

    public async Task<IReadOnlyList<long>> AddStoryAsync(string slug, string title, Corpus.Model.Rating rating = Corpus.Model.Rating.General, int chapters = 3, string? summary = null)
    {
        await using var scope = Services.CreateAsyncScope();
        return await StoryLibrary.AddStoryAsync(scope.ServiceProvider.GetRequiredService<StoryDbContext>(), slug, title, rating, chapters, summary: summary);
    }

    /// <summary>Runs one server's schedule now, as the scheduler would.</summary>
    public async Task<Instant?> RunGuildAsync(ulong guildId, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyPoster>().RunAsync(guildId, cancellationToken);
    }

    /// <summary>One pass of the scheduler over every server.</summary>
    public Task<Instant?> RunPassAsync(CancellationToken cancellationToken = default) =>
        Scheduler.RunPassAsync(cancellationToken);

    /// <summary>
    /// Plays the scheduler's loop with the fake clock up to <paramref name="until"/>: run a pass, jump to the wake-up
    /// it asks for, repeat. Returns the number of passes.
    /// </summary>
    public async Task<int> RunUntilAsync(DateTimeOffset until)
    {
        for (var passes = 1; passes < 10_000; passes++)
        {
            var next = await RunPassAsync();
            if (next is null || next.Value.ToDateTimeOffset() > until)
            {
                Clock.AdvanceTo(until);
                return passes;
            }

            Assert.True(next.Value.ToDateTimeOffset() > Clock.GetUtcNow(), "The scheduler asked to wake up without time passing.");
            Clock.AdvanceTo(next.Value.ToDateTimeOffset());
        }

        throw new InvalidOperationException("The scheduler did not settle.");
    }

    public DailySchedulerService Scheduler => Services.GetServices<IHostedService>().OfType<DailySchedulerService>().Single();

    public Task<BotReply> CommandAsync(
        ulong guildId,
        string subcommand,
        IReadOnlyDictionary<string, object>? options = null,
        BotPermissions permissions = BotPermissions.ManageGuild,
        ulong channelId = 1,
        bool channelIsNsfw = false)
    {
        var context = new CommandContext(new BotUser(AdminId, "admin", permissions), guildId, channelId) { ChannelIsNsfw = channelIsNsfw };
        var invocation = new SlashCommandInvocation(context, "daily", subcommand, new CommandOptions(options ?? new Dictionary<string, object>()));
        return Services.GetRequiredService<CommandRouter>().DispatchAsync(invocation, CancellationToken.None);
    }

    /// <summary><c>/daily set</c> as an admin; asserts it was accepted.</summary>
    public async Task<BotReply> SetAsync(ulong guildId, ulong channelId, string time, string zone, ulong? role = null)
    {
        var options = new Dictionary<string, object>
        {
            ["channel"] = channelId,
            ["time"] = time,
            ["timezone"] = zone,
        };
        if (role is { } r)
        {
            options["role"] = r;
        }

        var reply = await CommandAsync(guildId, "set", options);
        Assert.StartsWith("✅", reply.Message?.Content, StringComparison.Ordinal);
        return reply;
    }

    public async Task<DailySchedule?> ScheduleAsync(ulong guildId)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DailyDbContext>().Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.GuildId == guildId);
    }

    public async Task<IReadOnlyList<DailyPost>> PostsAsync(ulong guildId)
    {
        await using var scope = Services.CreateAsyncScope();
        var posts = await scope.ServiceProvider.GetRequiredService<DailyDbContext>().Posts.AsNoTracking()
            .Where(p => p.GuildId == guildId)
            .ToListAsync();
        return [.. posts.OrderBy(p => p.LocalDate, StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        _host?.Dispose();
        _host = null;
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
        }

        // No SqliteConnection.ClearAllPools() here: it would dispose connections other tests are opening right now,
        // and nothing of this harness is pooled (see UnpooledSqlite), so every connection is closed once the host is gone.
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp file is harmless.
        }

        await Task.CompletedTask;
    }

    private IHost Build()
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(_settings);
        builder.Services.AddLogging();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton<IChannelMessenger>(Discord);
        var store = new StoreConnection(Provider, ConnectionString);
        builder.Services.AddSingleton(store);
        builder.Services.AddScoped(_ => StoryDbContextOptions.CreateContext(store));
        builder.AddDaily();
        return builder.Build();
    }
}
