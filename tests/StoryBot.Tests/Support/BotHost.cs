using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using StoryBot.Discord.Fake;
using StoryBot.Hosting;

namespace StoryBot.Tests.Support;

/// <summary>The real StoryBot host (same composition as production) pointed at a fake Discord and a temp database.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly IHost host;

    private BotHost(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    /// <summary>Starts the bot and waits until its gateway session is ready (READY or RESUMED after <paramref name="afterFrame"/>).</summary>
    public static async Task<BotHost> StartAsync(FakeDiscordServer fake, TestLibrary library, bool importSeeds = true, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(library);
        var mark = fake.LastFrameSequence;
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["ConnectionStrings:Stories"] = library.ConnectionString,
            ["Database:Provider"] = library.Provider.ToString(),
            ["Stories:ImportOnStart"] = importSeeds ? "true" : "false",
            ["Stories:SeedPath"] = Seeds.Path,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddStoryBot(HostMode.Discord);
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await host.StartAsync(timeout.Token);
        await fake.WaitForSessionAsync(mark, timeout.Token);
        return new BotHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await host.StopAsync(timeout.Token);
        host.Dispose();
    }
}
