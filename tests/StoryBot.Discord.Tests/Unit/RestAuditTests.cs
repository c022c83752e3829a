using System.Net;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Messages;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Unit;

/// <summary>
/// Protocol audit (docs/discord.md "Protocol audit"): REST behaviour a documentation-following server would expose
/// and our fake did not.
/// </summary>
public class RestAuditTests
{
    private static readonly MessageProperties Hello = new MessageBuilder().WithContent("hello").Build();

    private static DiscordOptions NoBackOff() => new() { Token = RestHarness.Token, ApiBaseUrl = "http://discord.test/api/v10", ServerErrorBaseDelay = TimeSpan.Zero };

    /// <summary>What HttpClient throws when its own Timeout (100 s by default) elapses: not the caller's cancellation.</summary>
    private static HttpResponseMessage Timeout(HttpRequestMessage request) =>
        throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", new TimeoutException());

    [Fact]
    public async Task Send_HttpClientTimeoutOnce_RetriedLikeANetworkError()
    {
        // A server that accepts the request and never answers: HttpClient gives up with a TaskCanceledException that
        // the caller did not ask for. It is a network failure (bounded retries), not a cancellation.
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Responses.Enqueue(Timeout);

        var message = await harness.Client.CreateMessageAsync(2, Hello, CancellationToken.None);

        Assert.Equal(1UL, message.Id);
        Assert.Equal(2, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Send_HttpClientTimeoutEveryAttempt_DiscordRestExceptionNotCancellation()
    {
        // GatewayService retries GET /gateway/bot on DiscordRestException; an OperationCanceledException escaped it
        // and ended the hosted service (and with it the host).
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Default = Timeout;

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Contains("timed out", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + harness.Options.MaxServerErrorRetries, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Send_CallerCancels_OperationCanceledNotRetried()
    {
        using var harness = new RestHarness(NoBackOff());
        using var cts = new CancellationTokenSource();
        harness.Handler.Default = _ =>
        {
            cts.Cancel();
            throw new TaskCanceledException();
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Client.CreateMessageAsync(2, Hello, cts.Token));

        Assert.Single(harness.Handler.Requests);
    }

    [Fact]
    public async Task Send_JsonBody_ContentTypeIsExactlyApplicationJson()
    {
        // reference.mdx "HTTP API": "Clients using the HTTP API must provide a valid Content-Type header, either
        // application/json, …". RFC 8259 defines no charset parameter; a strict server compares the media type.
        using var harness = new RestHarness();

        await harness.Client.CreateMessageAsync(2, Hello, CancellationToken.None);
        await harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(Hello), CancellationToken.None);

        Assert.All(harness.Handler.Requests, r => Assert.Equal("application/json", r.ContentType));
    }

    [Fact]
    public async Task Callback_Global429_NotRetriedBeforeRetryAfter()
    {
        // rate-limits.mdx: interaction endpoints are not bound by the global limit, so a global 429 on one held
        // nothing back for it: the callback was re-sent at once, up to 8 times, each a counted invalid request.
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var harness = new RestHarness(time: time);
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(
            HttpStatusCode.TooManyRequests,
            """{"message": "You are being rate limited.", "retry_after": 0.5, "global": true}""",
            ("X-RateLimit-Global", "true"),
            ("X-RateLimit-Scope", "global")));
        harness.Handler.Default = _ => new HttpResponseMessage(HttpStatusCode.NoContent);

        var send = harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(Hello), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(0.3));
        Assert.Single(harness.Handler.Requests);
        time.Advance(TimeSpan.FromSeconds(0.3));
        await send;

        Assert.Equal(2, harness.Handler.Requests.Count);
    }
}
