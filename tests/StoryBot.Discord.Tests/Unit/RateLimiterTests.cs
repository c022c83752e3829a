using System.Net;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Rest.RateLimits;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Unit;

public class RateLimiterTests
{
    private static RestRoute ChannelMessages(ulong channel) =>
        new(HttpMethod.Post, $"channels/{channel}/messages", "/channels/{channel_id}/messages", "channel:" + channel, false);

    private static RateLimitHeaders Headers(int limit, int remaining, double resetAfter, string bucket = "abcd") =>
        new(limit, remaining, TimeSpan.FromSeconds(resetAfter), bucket, false, null, null);

    private static (RateLimiter Limiter, TestClock Time) Create(int globalPerSecond = 50)
    {
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = "t", GlobalRequestsPerSecond = globalPerSecond });
        return (new RateLimiter(time, options, TestMetrics.Create(), Microsoft.Extensions.Logging.Abstractions.NullLogger<RateLimiter>.Instance), time);
    }

    [Fact]
    public async Task AcquireAsync_BucketExhausted_WaitsUntilReset()
    {
        var (limiter, time) = Create();
        using var _ = limiter;
        var route = ChannelMessages(1);
        var first = await limiter.AcquireAsync(route, CancellationToken.None);
        limiter.Complete(route, first, Headers(5, 0, 2.5));

        var second = limiter.AcquireAsync(route, CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(2.4));
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.1) + RateLimiter.Margin);
        var bucket = await second;
        limiter.Complete(route, bucket, Headers(5, 4, 5));
    }

    [Fact]
    public async Task AcquireAsync_OtherMajorParameter_NotBlocked()
    {
        var (limiter, _) = Create();
        using var __ = limiter;
        var first = await limiter.AcquireAsync(ChannelMessages(1), CancellationToken.None);
        limiter.Complete(ChannelMessages(1), first, Headers(5, 0, 60));

        var other = limiter.AcquireAsync(ChannelMessages(2), CancellationToken.None);

        Assert.True(other.IsCompletedSuccessfully);
        limiter.Complete(ChannelMessages(2), await other, Headers(5, 4, 60));
    }

    [Fact]
    public async Task AcquireAsync_RoutesSharingBucketHash_ShareLimit()
    {
        var (limiter, time) = Create();
        using var _ = limiter;
        var create = ChannelMessages(1);
        var edit = new RestRoute(HttpMethod.Patch, "channels/1/messages/9", "/channels/{channel_id}/messages/{message_id}", "channel:1", false);
        var a = await limiter.AcquireAsync(create, CancellationToken.None);
        limiter.Complete(create, a, Headers(5, 3, 5, "shared"));
        var b = await limiter.AcquireAsync(edit, CancellationToken.None);
        limiter.Complete(edit, b, Headers(5, 0, 5, "shared"));

        var c = limiter.AcquireAsync(create, CancellationToken.None);
        await time.WaitForTimersAsync();

        Assert.False(c.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(5) + RateLimiter.Margin);
        limiter.Complete(create, await c, Headers(5, 4, 5, "shared"));
    }

    [Fact]
    public async Task AcquireAsync_HashLearnedWhileRequestsQueued_OneBucketForBoth()
    {
        // rate-limits.mdx: X-RateLimit-Bucket names the limit. A request queued on the route before the first answer
        // taught its hash and one made after it used two client buckets for one server bucket, and together exceeded
        // it (RestTests.RouteBucket_LearnedFromHeaders_NeverExceeded got 429s when the machine was loaded).
        var (limiter, time) = Create();
        using var _ = limiter;
        var route = ChannelMessages(1);
        var first = await limiter.AcquireAsync(route, CancellationToken.None);
        var queued = limiter.AcquireAsync(route, CancellationToken.None);
        limiter.Complete(route, first, Headers(2, 1, 1));
        var second = await queued;

        var late = limiter.AcquireAsync(route, CancellationToken.None);
        Assert.False(late.IsCompleted);
        limiter.Complete(route, second, Headers(2, 0, 1));
        await time.WaitForTimersAsync();
        Assert.False(late.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1) + RateLimiter.Margin);
        limiter.Complete(route, await late, Headers(2, 1, 1));
    }

    [Fact]
    public async Task AcquireAsync_GlobalLimit_51stRequestWaitsForWindow()
    {
        var (limiter, time) = Create(globalPerSecond: 50);
        using var _ = limiter;
        for (var i = 0; i < 50; i++)
        {
            var route = ChannelMessages((ulong)i + 1);
            limiter.Complete(route, await limiter.AcquireAsync(route, CancellationToken.None), RateLimitHeaders.Empty);
        }

        var late = limiter.AcquireAsync(ChannelMessages(999), CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.False(late.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        limiter.Complete(ChannelMessages(999), await late, RateLimitHeaders.Empty);
    }

    [Fact]
    public async Task AcquireAsync_InteractionEndpoint_ExemptFromGlobal()
    {
        var (limiter, _) = Create(globalPerSecond: 1);
        using var __ = limiter;
        var r1 = ChannelMessages(1);
        limiter.Complete(r1, await limiter.AcquireAsync(r1, CancellationToken.None), RateLimitHeaders.Empty);
        var callback = new RestRoute(HttpMethod.Post, "interactions/5/tok/callback", "/interactions/{interaction_id}/{interaction_token}/callback", "interaction:5", true);

        var task = limiter.AcquireAsync(callback, CancellationToken.None);

        Assert.True(task.IsCompletedSuccessfully);
        limiter.Complete(callback, await task, RateLimitHeaders.Empty);
    }

    [Fact]
    public async Task OnRateLimited_GlobalScope_BlocksOtherRoutes()
    {
        var (limiter, time) = Create();
        using var _ = limiter;
        var route = ChannelMessages(1);
        limiter.OnRateLimited(route, new RateLimitHeaders(null, null, null, null, true, "global", null), TimeSpan.FromSeconds(3), global: true);

        var other = limiter.AcquireAsync(ChannelMessages(2), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(other.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(0.1) + RateLimiter.Margin);
        limiter.Complete(ChannelMessages(2), await other, RateLimitHeaders.Empty);
    }

    [Fact]
    public async Task OnRateLimited_SharedScope_BlocksOnlyThatBucket()
    {
        var (limiter, time) = Create();
        using var _ = limiter;
        limiter.OnRateLimited(ChannelMessages(1), new RateLimitHeaders(10, 9, null, "abcd", false, "shared", null), TimeSpan.FromSeconds(10), global: false);

        var blocked = limiter.AcquireAsync(ChannelMessages(1), CancellationToken.None);
        var free = limiter.AcquireAsync(ChannelMessages(2), CancellationToken.None);

        Assert.True(free.IsCompletedSuccessfully);
        limiter.Complete(ChannelMessages(2), await free, RateLimitHeaders.Empty);
        await time.WaitForTimersAsync();
        Assert.False(blocked.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(10) + RateLimiter.Margin);
        limiter.Complete(ChannelMessages(1), await blocked, RateLimitHeaders.Empty);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_RetriesOnlyAfterDelay()
    {
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var harness = new RestHarness(time: time);
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(
            HttpStatusCode.TooManyRequests,
            """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""",
            ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "1.5"), ("X-RateLimit-Bucket", "b1"), ("X-RateLimit-Scope", "user")));

        var send = harness.Client.CreateMessageAsync(1, new Messages.MessageBuilder().WithContent("hi").Build(), CancellationToken.None);
        await time.WaitForTimersAsync();
        Assert.Single(harness.Handler.Requests);

        time.Advance(TimeSpan.FromSeconds(1.4));
        Assert.Single(harness.Handler.Requests);
        time.Advance(TimeSpan.FromSeconds(0.1) + RateLimiter.Margin);
        await send;

        Assert.Equal(2, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_5xx_RetriedBoundedThenThrows()
    {
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var harness = new RestHarness(new DiscordOptions { Token = RestHarness.Token, ApiBaseUrl = "http://d.test/api/v10", MaxServerErrorRetries = 2 }, time);
        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.BadGateway, "");

        var send = harness.Client.GetChannelAsync(3, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!send.IsCompleted)
        {
            // A retry may run inside Advance and schedule the next back-off at once, so poll instead of counting timers.
            if (time.PendingTimers().Count > 0)
            {
                time.Advance(TimeSpan.FromSeconds(10));
            }
            else
            {
                await Task.Delay(5, timeout.Token);
            }
        }

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => send);
        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(3, harness.Handler.Requests.Count);
    }
}
