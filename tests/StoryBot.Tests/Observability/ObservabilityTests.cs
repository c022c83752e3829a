using System.Net;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Observability;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Observability;

/// <summary>The /healthz and /metrics listener of a real bot host on a fake Discord and a temp SQLite library (the store going down: <see cref="StoreHealthTests"/>, on both stores).</summary>
public sealed class ObservabilityTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    internal static Dictionary<string, string?> Settings() => new()
    {
        ["Observability:Url"] = "http://127.0.0.1:0",
        ["Observability:ShardGracePeriod"] = "00:00:00",
        ["Discord:ReconnectBaseDelay"] = "00:00:00.050",
        ["Discord:ReconnectMaxDelay"] = "00:00:00.200",
    };

    [Fact]
    public async Task Healthz_ShardCannotReconnect_UnhealthyThenHealthyAgain()
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());
        await using var library = await TestLibrary.CreateAsync();
        await using var bot = await BotHost.StartAsync(fake, library, importSeeds: false, settings: Settings());
        using var http = Client(bot);

        Assert.Equal(HttpStatusCode.OK, await WaitForHealthAsync(http, HttpStatusCode.OK));

        fake.RefuseGatewayConnections = true;
        await fake.DropConnectionAsync();
        var down = await WaitForHealthAsync(http, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down);
        Assert.Contains("shard 0", await HealthBodyAsync(http), StringComparison.Ordinal);

        fake.RefuseGatewayConnections = false;
        Assert.Equal(HttpStatusCode.OK, await WaitForHealthAsync(http, HttpStatusCode.OK));
    }

    [Fact]
    public async Task Metrics_AfterInteractions_ServesTheCounters()
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());
        await using var library = await TestLibrary.CreateAsync();
        await using var bot = await BotHost.StartAsync(fake, library, importSeeds: false, settings: Settings());
        using var http = Client(bot);

        var help = await fake.DispatchInteractionAsync(InteractionBuilders.SlashCommand("help", []));
        await fake.WaitForCallbackAsync(help.Id);
        var unknown = await fake.DispatchInteractionAsync(InteractionBuilders.SlashCommand("no-such-command", []));
        await fake.WaitForCallbackAsync(unknown.Id);

        using var timeout = new CancellationTokenSource(Patience);
        string text;
        do
        {
            using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative), timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            text = await response.Content.ReadAsStringAsync(timeout.Token);
        }
        while (!text.Contains("outcome=\"unrouted\"", StringComparison.Ordinal) && await Retry(timeout.Token));

        Assert.Contains("storybot_interactions_total{", text, StringComparison.Ordinal);
        Assert.Contains("command=\"help\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"ok\"", text, StringComparison.Ordinal);
        Assert.Contains("outcome=\"unrouted\"", text, StringComparison.Ordinal);
        Assert.Contains("storybot_interaction_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("storybot_rest_requests_total{", text, StringComparison.Ordinal);
        Assert.Contains("storybot_gateway_identifies_total{", text, StringComparison.Ordinal);
        Assert.Contains("storybot_gateway_guilds{", text, StringComparison.Ordinal);
        Assert.Contains("storybot_gateway_ready{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listener_NotConfigured_NothingListens()
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());
        await using var library = await TestLibrary.CreateAsync();
        await using var bot = await BotHost.StartAsync(fake, library, importSeeds: false);
        Assert.Null(bot.Services.GetRequiredService<ObservabilityServer>().Address);
    }

    internal static HttpClient Client(BotHost bot)
    {
        var address = bot.Services.GetRequiredService<ObservabilityServer>().Address;
        Assert.NotNull(address);
        return new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Polls /healthz until it answers <paramref name="wanted"/> (bounded by <see cref="Patience"/>); returns the last status.</summary>
    internal static async Task<HttpStatusCode> WaitForHealthAsync(HttpClient http, HttpStatusCode wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        HttpStatusCode status;
        do
        {
            using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), timeout.Token);
            status = response.StatusCode;
        }
        while (status != wanted && await Retry(timeout.Token));

        return status;
    }

    internal static async Task<string> HealthBodyAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<bool> Retry(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
