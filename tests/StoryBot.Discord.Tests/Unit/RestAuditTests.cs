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

    [Fact]
    public async Task InvalidRequests_401And403AndUser429Counted_SharedScope429And404Not()
    {
        // rate-limits.mdx "Invalid Request Limit": "An invalid request is one that results in 401, 403, or 429
        // statuses" … "429 errors returned with X-RateLimit-Scope: shared are not counted against you."
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var harness = new RestHarness(NoBackOff(), time);
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.Unauthorized, """{"message": "401: Unauthorized", "code": 0}"""));
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.Forbidden, """{"message": "Missing Access", "code": 50001}"""));
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.NotFound, """{"message": "Unknown Channel", "code": 10003}"""));
        await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(3, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(4, CancellationToken.None));
        await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(5, CancellationToken.None));

        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.TooManyRequests, """{"message": "The resource is being rate limited.", "retry_after": 0.1, "global": false}""", ("X-RateLimit-Scope", "shared")));
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.TooManyRequests, """{"message": "You are being rate limited.", "retry_after": 0.1, "global": false}""", ("X-RateLimit-Scope", "user")));
        var send = harness.Client.CreateMessageAsync(6, Hello, CancellationToken.None);
        for (var i = 0; i < 2; i++)
        {
            await time.WaitForTimersAsync();
            time.Advance(TimeSpan.FromSeconds(0.2));
        }

        await send;
        Assert.Equal(3, harness.Limiter.Invalid.Count(time.GetUtcNow()));
    }

    [Fact]
    public async Task InvalidRequests_OverTheLimit_BotRoutesHeldInteractionCallbacksNot()
    {
        // Past this process's share of the 10,000-per-10-minutes budget, bot routes wait for old errors to leave the
        // window; answering members (interaction endpoints) never waits.
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = NoBackOff();
        options.InvalidRequestLimit = 2;
        using var harness = new RestHarness(options, time);
        for (var i = 0; i < 2; i++)
        {
            harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.Forbidden, """{"message": "Missing Access", "code": 50001}"""));
            await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(3, CancellationToken.None));
        }

        var held = harness.Client.CreateMessageAsync(6, Hello, CancellationToken.None);
        harness.Handler.Default = _ => new HttpResponseMessage(HttpStatusCode.NoContent);
        await harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(Hello), CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.False(held.IsCompleted);
        Assert.Equal(3, harness.Handler.Requests.Count);

        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"6","content":""}""");
        time.Advance(TimeSpan.FromMinutes(10));
        await held;
        Assert.Equal(4, harness.Handler.Requests.Count);
    }

    [Theory]
    [InlineData("""{"url": "not a url", "shards": 1, "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}}""")]
    [InlineData("""{"url": "https://gateway.example", "shards": 1, "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 14400000, "max_concurrency": 1}}""")]
    [InlineData("""{"url": "wss://gateway.discord.gg", "shards": 1, "session_start_limit": null}""")]
    [InlineData("null")]
    public async Task GetGatewayBot_UnusableAnswer_DiscordRestException(string body)
    {
        // gateway.mdx "Get Gateway Bot": url (a WSS URL) and session_start_limit. GatewayService retries a
        // DiscordRestException; a UriFormatException or NullReferenceException escaped it and stopped the host.
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.OK, body);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Contains("gateway/bot", error.Message, StringComparison.Ordinal);
    }
}
