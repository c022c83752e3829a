using Microsoft.Extensions.Logging;
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
        _loggers = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        Limiter = new RateLimiter(Time, Microsoft.Extensions.Options.Options.Create(Options), TestMetrics.Create(), new Logger<RateLimiter>(_loggers));
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
            new Logger<DiscordRestClient>(_loggers));
    }

    private readonly ILoggerFactory _loggers;

    /// <summary>Every line the client and the limiter logged.</summary>
    public ListLoggerProvider Logs { get; } = new();

    public DiscordOptions Options { get; }

    public TimeProvider Time { get; }

    public RecordingHandler Handler { get; } = new();

    public RateLimiter Limiter { get; }

    public DiscordRestClient Client { get; }

    public void Dispose()
    {
        Limiter.Dispose();
        Handler.Dispose();
        _loggers.Dispose();
    }
}
