using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Rest.RateLimits;

namespace StoryBot.Discord.Tests.Support;

/// <summary>A DiscordRestClient over a RecordingHandler and a manual clock.</summary>
internal sealed class RestHarness : IDisposable
{
    public const string Token = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

    public RestHarness(DiscordOptions? options = null, TimeProvider? time = null)
    {
        Options = options ?? new DiscordOptions { Token = Token, ApiBaseUrl = "http://discord.test/api/v10" };
        Time = time ?? new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Limiter = new RateLimiter(Time, Microsoft.Extensions.Options.Options.Create(Options), TestMetrics.Create(), NullLogger<RateLimiter>.Instance);
        Client = new DiscordRestClient(
            new TestHttpClientFactory(() =>
            {
                var http = new HttpClient(Handler, disposeHandler: false);
                DiscordRestClient.Configure(http, Options);
                return http;
            }),
            Limiter,
            Time,
            new FixedRandom(0.5),
            Microsoft.Extensions.Options.Options.Create(Options),
            TestMetrics.Create(),
            NullLogger<DiscordRestClient>.Instance);
    }

    public DiscordOptions Options { get; }

    public TimeProvider Time { get; }

    public RecordingHandler Handler { get; } = new();

    public RateLimiter Limiter { get; }

    public DiscordRestClient Client { get; }

    public void Dispose()
    {
        Limiter.Dispose();
        Handler.Dispose();
    }
}
