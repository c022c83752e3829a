using System.Net;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Messages;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Tests.Integration;

public class RestTests
{
    private const string CreateRoute = "POST /channels/{channel_id}/messages";
    private static readonly ulong Channel = FakeChannel.DefaultId;
    private static readonly MessageProperties Hello = new MessageBuilder().WithContent("hello").Build();

    [Theory]
    [InlineData(RateLimitScope.User)]
    [InlineData(RateLimitScope.Shared)]
    [InlineData(RateLimitScope.Global)]
    public async Task Injected429_RetriedAfterRetryAfter_NeverEarly(RateLimitScope scope)
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.InjectRateLimit(2, TimeSpan.FromMilliseconds(300), scope, CreateRoute);

        var created = await h.Rest.CreateMessageAsync(Channel, Hello, DiscordHarness.Timeout());

        Assert.NotEqual(0UL, created.Id);
        var attempts = h.Fake.Requests.Where(r => r.Route == CreateRoute).ToList();
        Assert.Equal([429, 429, 200], attempts.Select(r => r.Status));
        h.AssertNoEarlyRequests();
    }

    [Fact]
    public async Task Global429_HoldsOtherRoutesToo()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.InjectRateLimit(1, TimeSpan.FromMilliseconds(400), RateLimitScope.Global, CreateRoute);

        var create = h.Rest.CreateMessageAsync(Channel, Hello, DiscordHarness.Timeout());
        // Once the client has read the global 429, every other route waits too.
        await h.WaitUntilAsync(() => h.Logs.Lines.Any(l => l.Contains("Global rate limit hit", StringComparison.Ordinal)));
        var get = h.Rest.GetChannelAsync(Channel, DiscordHarness.Timeout());
        await Task.WhenAll(create, get);

        h.AssertNoEarlyRequests();
    }

    [Fact]
    public async Task RouteBucket_LearnedFromHeaders_NeverExceeded()
    {
        await using var h = await DiscordHarness.StartAsync(o => o.RouteLimits[CreateRoute] = new RouteLimit(2, TimeSpan.FromMilliseconds(300)));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            h.Rest.CreateMessageAsync(Channel, new MessageBuilder().WithContent($"m{i}").Build(), DiscordHarness.Timeout())));

        var attempts = h.Fake.Requests.Where(r => r.Route == CreateRoute).ToList();
        Assert.Equal(8, attempts.Count);
        Assert.All(attempts, r => Assert.Equal(200, r.Status));
        h.AssertNoEarlyRequests();
    }

    [Fact]
    public async Task GlobalLimit_ManyRequests_AllSucceedNoneEarly()
    {
        await using var h = await DiscordHarness.StartAsync(o => o.GlobalRequestsPerSecond = 50);

        await Task.WhenAll(Enumerable.Range(0, 120).Select(_ => h.Rest.GetChannelAsync(Channel, DiscordHarness.Timeout())));

        Assert.Equal(120, h.Fake.Requests.Count(r => r.Route == "GET /channels/{channel_id}" && r.Status == 200));
        h.AssertNoEarlyRequests();
    }

    [Fact]
    public async Task ServerErrors_RetriedBoundedTimes()
    {
        await using var h = await DiscordHarness.StartAsync();
        h.Fake.InjectServerError(2, 502, CreateRoute);

        await h.Rest.CreateMessageAsync(Channel, Hello, DiscordHarness.Timeout());
        Assert.Equal([502, 502, 200], h.Fake.Requests.Where(r => r.Route == CreateRoute).Select(r => r.Status));

        h.Fake.InjectServerError(10, 500, CreateRoute);
        var error = await Assert.ThrowsAsync<DiscordRestException>(() => h.Rest.CreateMessageAsync(Channel, Hello, DiscordHarness.Timeout()));
        Assert.Equal(HttpStatusCode.InternalServerError, error.StatusCode);
        Assert.Equal(3 + 4, h.Fake.Requests.Count(r => r.Route == CreateRoute));
        h.Fake.ClearInjectedFaults();
    }

    [Fact]
    public async Task ClientError_TypedExceptionWithDiscordCode()
    {
        await using var h = await DiscordHarness.StartAsync();

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => h.Rest.GetChannelAsync(999, DiscordHarness.Timeout()));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(10003, error.ErrorCode);
        Assert.DoesNotContain(DiscordHarness.BotToken, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_AuthorizationAndUserAgentAccepted()
    {
        await using var h = await DiscordHarness.StartAsync();

        var channel = await h.Rest.GetChannelAsync(Channel, DiscordHarness.Timeout());

        Assert.Equal(Channel, channel.Id);
        var request = h.Fake.Requests.Last();
        Assert.StartsWith("DiscordBot (https://", request.Headers["User-Agent"], StringComparison.Ordinal);
        Assert.Equal(200, request.Status);
    }
}
