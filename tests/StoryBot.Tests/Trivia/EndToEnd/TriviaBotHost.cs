using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Discord.Fake;
using StoryBot.Hosting;
using StoryBot.Tests.Support;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.EndToEnd;

/// <summary>
/// The real StoryBot host against the fake Discord, with trivia's clock (only) on a manual <see cref="TestClock"/>:
/// the Discord client keeps real time, games run in milliseconds.
/// </summary>
public sealed class TriviaBotHost : IAsyncDisposable
{
    private readonly IHost _host;

    private TriviaBotHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<TriviaBotHost> StartAsync(FakeDiscordServer fake, TestLibrary library, TestClock clock)
    {
        var mark = fake.LastFrameSequence;
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = fake.Options.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["ConnectionStrings:Stories"] = library.ConnectionString,
            ["Stories:ImportOnStart"] = "true",
            ["Stories:SeedPath"] = RepositoryPaths.Seeds,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Services.AddSingleton(new TriviaClock(clock));
        builder.Services.AddSingleton(new TriviaRandom(new Random(2026)));
        builder.AddStoryBot(HostMode.Discord);
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await host.StartAsync(timeout.Token);
        await fake.WaitForSessionAsync(mark, timeout.Token);
        return new TriviaBotHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
