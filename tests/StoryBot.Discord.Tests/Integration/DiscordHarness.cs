using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Gateway.Events;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>The real client in a real generic host, talking to the fake Discord on loopback.</summary>
public sealed class DiscordHarness : IAsyncDisposable
{
    public const string BotToken = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxYz12.fake-secret-token-for-tests_0123456789";

    private DiscordHarness(FakeDiscordServer fake, IHost host, HandlerLog log, RecordingFatalSink fatal, ListLoggerProvider logs)
    {
        Fake = fake;
        Host = host;
        Log = log;
        FatalSink = fatal;
        Logs = logs;
    }

    public FakeDiscordServer Fake { get; }

    public IHost Host { get; }

    public HandlerLog Log { get; }

    internal RecordingFatalSink FatalSink { get; }

    public ListLoggerProvider Logs { get; }

    public List<string> InteractionTokens { get; } = [];

    public IDiscordRestClient Rest => Host.Services.GetRequiredService<IDiscordRestClient>();

    internal IDiscordGatewayStatus Session => Host.Services.GetRequiredService<IDiscordGatewayStatus>();

    internal InteractionDispatcher Dispatcher => Host.Services.GetRequiredService<InteractionDispatcher>();

    public static CancellationToken Timeout(int seconds = 30) => new CancellationTokenSource(TimeSpan.FromSeconds(seconds)).Token;

    public static async Task<DiscordHarness> StartAsync(
        Action<FakeDiscordOptions>? configureFake = null,
        IDictionary<string, string?>? settings = null,
        FakeDiscordServer? existingFake = null,
        bool waitForReady = true,
        Action<IServiceCollection>? configureServices = null)
    {
        var fake = existingFake ?? await FakeDiscordServer.StartAsync(Configure(configureFake));
        var log = new HandlerLog();
        var fatal = new RecordingFatalSink();
        var logs = new ListLoggerProvider();
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = BotToken,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord:AutoDeferDelay"] = "00:00:00.300",
            ["Discord:ReconnectBaseDelay"] = "00:00:00.020",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
            ["Discord:InvalidSessionMinDelay"] = "00:00:00.010",
            ["Discord:InvalidSessionMaxDelay"] = "00:00:00.050",
            ["Discord:IdentifyWindow"] = "00:00:00.050",
            ["Discord:IdentifyMargin"] = "00:00:00",
            ["Discord:ServerErrorBaseDelay"] = "00:00:00.020",
            ["Discord:ShutdownTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(log);
        builder.Services.AddSingleton<IFatalErrorSink>(fatal);
        builder.Services.AddDiscordClient(builder.Configuration.GetSection("Discord"));
        builder.Services.AddSlashCommandHandler<PingHandler>("ping");
        builder.Services.AddSlashCommandHandler<SlowHandler>("slow");
        builder.Services.AddSlashCommandHandler<BigHandler>("big");
        builder.Services.AddSlashCommandHandler<BoomHandler>("boom");
        builder.Services.AddComponentHandler<VoteHandler>("vote:");
        builder.Services.AddComponentHandler<VoteHandler>("slowvote:");
        builder.Services.AddApplicationCommandSource<TestCommands>();
        builder.Services.AddGatewayEventHandler<ReadyEvent, ReadyRecorder>();
        builder.Services.AddGatewayEventHandler<GuildCreateEvent, GuildEventRecorder>();
        builder.Services.AddGatewayEventHandler<GuildDeleteEvent, GuildEventRecorder>();
        configureServices?.Invoke(builder.Services);
        var host = builder.Build();
        var harness = new DiscordHarness(fake, host, log, fatal, logs);
        await host.StartAsync(Timeout());
        if (waitForReady)
        {
            await fake.WaitForReadyAsync(Timeout());
            await harness.WaitUntilAsync(() => harness.Session.IsReady);

            // Command registration runs after READY; let it finish so tests see only their own requests.
            await harness.WaitUntilAsync(() => harness.Logs.Lines.Any(l => l.Contains("application commands", StringComparison.Ordinal)));
        }

        return harness;
    }

    private static FakeDiscordOptions Configure(Action<FakeDiscordOptions>? configure)
    {
        var options = new FakeDiscordOptions { Token = BotToken, HeartbeatIntervalMs = 1000 };

        // application-commands.mdx: default_member_permissions is "a bit set serialized as a string"; the OpenAPI preview says integer.
        options.SchemaExceptions.Add(new StoryBot.Discord.Fake.Schema.SchemaException(null, ".default_member_permissions", "type", "application-commands.mdx: permissions serialized as a string"));
        configure?.Invoke(options);
        return options;
    }

    public async Task<FakeInteraction> SlashAsync(string name, IEnumerable<JsonObject>? options = null)
    {
        var interaction = await Fake.DispatchSlashCommandAsync(name, options, cancellationToken: Timeout());
        lock (InteractionTokens)
        {
            InteractionTokens.Add(interaction.Token);
        }

        return interaction;
    }

    public async Task<FakeInteraction> DispatchAsync(JsonObject d)
    {
        var interaction = await Fake.DispatchInteractionAsync(d, Timeout());
        lock (InteractionTokens)
        {
            InteractionTokens.Add(interaction.Token);
        }

        return interaction;
    }

    public async Task WaitUntilAsync(Func<bool> condition, int seconds = 30)
    {
        var timeout = Timeout(seconds);
        while (!condition())
        {
            await Task.Delay(10, timeout);
        }
    }

    /// <summary>Every request body the client sent satisfied Discord's OpenAPI schema (the fake validates each one).</summary>
    public void AssertNoSchemaViolations()
    {
        var bad = Fake.Requests.Where(r => r.SchemaViolations.Count > 0).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Select(r => $"{r.Route}: {string.Join("; ", r.SchemaViolations)}")));
    }

    /// <summary>No request was sent before a 429's retry_after elapsed (the fake notes such requests).</summary>
    public void AssertNoEarlyRequests()
    {
        var notes = Fake.Requests.SelectMany(r => r.Notes.Select(n => $"{r.Method} {r.Path}: {n}")).ToList();
        Assert.True(notes.Count == 0, string.Join("\n", notes));
    }

    /// <summary>Neither the bot token nor any interaction token appears in any log line.</summary>
    public void AssertNoSecretsLogged()
    {
        var lines = Logs.Lines.ToList();
        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, l => l.Contains(BotToken, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(BotToken.Split('.')[2], StringComparison.Ordinal));
        List<string> tokens;
        lock (InteractionTokens)
        {
            tokens = [.. InteractionTokens];
        }

        foreach (var token in tokens)
        {
            Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("STORYBOT_DUMP_LOGS") is { Length: > 0 } dump)
        {
            await File.AppendAllLinesAsync(dump, Logs.Lines);
        }

        try
        {
            await Host.StopAsync(Timeout());
        }
        finally
        {
            Host.Dispose();
            await Fake.DisposeAsync();
        }
    }
}
