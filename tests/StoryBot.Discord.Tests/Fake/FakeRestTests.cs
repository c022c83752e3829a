using System.Net;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;

namespace StoryBot.Discord.Tests.Fake;

public class FakeRestTests : FakeTestBase
{
    [Fact]
    public async Task GetGatewayBot_WithBotAuth_ReturnsOwnWsUrlShardsAndLimits()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);

        var response = await http.GetAsync("gateway/bot");
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(fake.GatewayUrl, body!["url"]!.GetValue<string>());
        Assert.StartsWith("ws://127.0.0.1:", fake.GatewayUrl);
        Assert.Equal(1, body["shards"]!.GetValue<int>());
        Assert.Equal(1, body["session_start_limit"]!["max_concurrency"]!.GetValue<int>());
        Assert.NotNull(body["session_start_limit"]!["remaining"]);
    }

    [Fact]
    public async Task BotRoute_WithoutAuthorization_Returns401Code0()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake, auth: false);

        var response = await http.GetAsync("gateway/bot");
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, body!["code"]!.GetValue<int>());
        Assert.Equal("401: Unauthorized", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Request_WithoutDiscordBotUserAgent_IsBlocked()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake, userAgent: "curl/8.0");

        var response = await http.GetAsync("gateway/bot");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Request_Always_CarriesRateLimitHeaders()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);

        var response = await http.GetAsync($"channels/{FakeChannel.DefaultId}");

        foreach (var header in new[] { "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset", "X-RateLimit-Reset-After", "X-RateLimit-Bucket" })
        {
            Assert.True(response.Headers.Contains(header), header);
        }

        Assert.Equal("49", response.Headers.GetValues("X-RateLimit-Remaining").Single());
    }

    [Fact]
    public async Task Request_BucketExhausted_Returns429WithUserScope()
    {
        var clock = new TestClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var fake = await StartAsync(o =>
        {
            o.TimeProvider = clock;
            o.RouteLimits["POST /channels/{channel_id}/messages"] = new RouteLimit(2, TimeSpan.FromSeconds(5));
        });
        using var http = Http(fake);
        var body = new JsonObject { ["content"] = "hi", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } };

        var first = await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(body));
        var second = await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(body));
        var third = await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(body));
        clock.Advance(TimeSpan.FromSeconds(5));
        var fourth = await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("0", second.Headers.GetValues("X-RateLimit-Remaining").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("user", third.Headers.GetValues("X-RateLimit-Scope").Single());
        Assert.Equal("5", third.Headers.GetValues("Retry-After").Single());
        var limited = await ReadJsonAsync(third);
        Assert.Equal(5.0, limited!["retry_after"]!.GetValue<double>());
        Assert.False(limited["global"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, fourth.StatusCode);
    }

    [Theory]
    [InlineData(RateLimitScope.Global, "global")]
    [InlineData(RateLimitScope.Shared, "shared")]
    [InlineData(RateLimitScope.User, "user")]
    public async Task InjectRateLimit_NextRequests_Get429WithScope(RateLimitScope scope, string expectedScope)
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);
        fake.InjectRateLimit(1, TimeSpan.FromSeconds(1.5), scope, "GET /channels/{channel_id}");

        var limited = await http.GetAsync($"channels/{FakeChannel.DefaultId}");
        var after = await http.GetAsync($"channels/{FakeChannel.DefaultId}");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(expectedScope, limited.Headers.GetValues("X-RateLimit-Scope").Single());
        var body = await ReadJsonAsync(limited);
        Assert.Equal(1.5, body!["retry_after"]!.GetValue<double>());
        Assert.Equal(scope == RateLimitScope.Global, body["global"]!.GetValue<bool>());
        Assert.Equal(scope == RateLimitScope.Global, limited.Headers.Contains("X-RateLimit-Global"));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("before retry_after", Assert.Single(fake.Requests[^1].Notes));
    }

    [Fact]
    public async Task InjectServerError_NextRequest_Gets5xxThenRecovers()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);
        fake.InjectServerError(2, 502);

        var first = await http.GetAsync("gateway/bot");
        var second = await http.GetAsync("gateway/bot");
        var third = await http.GetAsync("gateway/bot");

        Assert.Equal(HttpStatusCode.BadGateway, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("GET", 999, 404, 10003)]
    [InlineData("GET", 21, 403, 50001)]
    [InlineData("POST", 22, 403, 50013)]
    [InlineData("GET", 22, 200, null)]
    public async Task Channel_AccessRules_FollowDiscordErrors(string method, ulong channelId, int status, int? code)
    {
        await using var fake = await StartAsync(o =>
        {
            o.Channels.Add(new FakeChannel { Id = 21, Access = ChannelAccess.NoAccess });
            o.Channels.Add(new FakeChannel { Id = 22, Access = ChannelAccess.ReadOnly });
        });
        using var http = Http(fake);

        var response = method == "GET"
            ? await http.GetAsync($"channels/{channelId}")
            : await http.PostAsync($"channels/{channelId}/messages", Json(new JsonObject { ["content"] = "x" }));

        Assert.Equal(status, (int)response.StatusCode);
        if (code is not null)
        {
            Assert.Equal(code, (await ReadJsonAsync(response))!["code"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task Callback_Twice_SecondGets40060()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var interaction = await fake.DispatchSlashCommandAsync("excerpt", cancellationToken: ct);
        var callback = new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Once upon a time", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };

        var first = await http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json(callback));
        var second = await http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json(callback));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(40060, (await ReadJsonAsync(second))!["code"]!.GetValue<int>());
        Assert.Equal("Once upon a time", fake.GetOriginalResponse(interaction.Id)!["content"]!.GetValue<string>());
        var recorded = await fake.WaitForCallbackAsync(interaction.Id, ct);
        Assert.Equal(204, recorded.Status);
    }

    [Fact]
    public async Task Callback_AfterThreeSeconds_Gets10062()
    {
        var ct = Timeout();
        var clock = new TestClock(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var fake = await StartAsync(o => o.TimeProvider = clock);
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var interaction = await fake.DispatchSlashCommandAsync("excerpt", cancellationToken: ct);
        clock.Advance(TimeSpan.FromSeconds(3.001));

        var late = await http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json(new JsonObject { ["type"] = 5 }));

        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.Equal(10062, (await ReadJsonAsync(late))!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task DeferredCallback_ThenEditOriginalAndFollowUp_StoresMessages()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var interaction = await fake.DispatchSlashCommandAsync("trivia", cancellationToken: ct);
        var app = fake.Options.ApplicationId;

        var deferred = await http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback", Json(new JsonObject { ["type"] = 5 }));
        var loading = fake.GetOriginalResponse(interaction.Id)!;
        var edit = await http.PatchAsync($"webhooks/{app}/{interaction.Token}/messages/@original", Json(new JsonObject { ["content"] = "Who said it?" }));
        var followUp = await http.PostAsync($"webhooks/{app}/{interaction.Token}", Json(new JsonObject { ["content"] = "Time's up", ["flags"] = 64 }));

        Assert.Equal(HttpStatusCode.NoContent, deferred.StatusCode);
        Assert.Equal(128, loading["flags"]!.GetValue<int>() & 128);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("Who said it?", (await ReadJsonAsync(edit))!["content"]!.GetValue<string>());
        Assert.Equal(0, fake.GetOriginalResponse(interaction.Id)!["flags"]!.GetValue<int>() & 128);
        Assert.Equal(HttpStatusCode.OK, followUp.StatusCode);
        Assert.Equal(64, Assert.Single(fake.GetFollowUps(interaction.Id))["flags"]!.GetValue<int>());
    }

    [Fact]
    public async Task EditOriginal_BeforeCallback_GetsUnknownWebhook()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var interaction = await fake.DispatchSlashCommandAsync("excerpt", cancellationToken: ct);

        var edit = await http.PatchAsync($"webhooks/{fake.Options.ApplicationId}/{interaction.Token}/messages/@original", Json(new JsonObject { ["content"] = "x" }));

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(10015, (await ReadJsonAsync(edit))!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task ButtonPress_UpdateMessageCallback_EditsSourceMessage()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var bot = Http(fake);
        using var http = Http(fake, auth: false);
        var posted = await ReadJsonAsync(await bot.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(new JsonObject { ["content"] = "Q1" })));
        var messageId = ulong.Parse(posted!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);

        var press = await fake.DispatchButtonPressAsync("answer:1", userId: 7, messageId: messageId, cancellationToken: ct);
        var update = await http.PostAsync($"interactions/{press.Id}/{press.Token}/callback", Json(new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "Q1 (answered)" } }));
        var wrongType = await fake.DispatchSlashCommandAsync("excerpt", cancellationToken: ct);
        var invalid = await http.PostAsync($"interactions/{wrongType.Id}/{wrongType.Token}/callback", Json(new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "x" } }));

        Assert.Equal(HttpStatusCode.NoContent, update.StatusCode);
        Assert.Equal("Q1 (answered)", fake.GetMessage(messageId)!["content"]!.GetValue<string>());
        Assert.Equal(messageId.ToString(), press.Payload["message"]!["id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task BulkOverwriteCommands_ThenSlash_CarriesCommandId()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake);
        var commands = new JsonArray(new JsonObject { ["name"] = "excerpt", ["description"] = "A passage from a story", ["type"] = 1 });

        var put = await http.PutAsync($"applications/{fake.Options.ApplicationId}/guilds/{fake.Options.GuildId}/commands", Json(commands));
        var stored = fake.GuildCommands(fake.Options.GuildId);
        var interaction = await fake.DispatchSlashCommandAsync("excerpt", cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(stored[0]!["id"]!.GetValue<string>(), interaction.Payload["data"]!["id"]!.GetValue<string>());
        Assert.Equal(fake.Options.ApplicationId.ToString(), stored[0]!["application_id"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"applications/{fake.Options.ApplicationId}/guilds/{fake.Options.GuildId}/commands")).StatusCode);
    }

    [Fact]
    public async Task Requests_Recorded_WithoutTheToken()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);

        await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(new JsonObject { ["content"] = "hello" }));

        var request = Assert.Single(fake.Requests);
        Assert.Equal("POST /channels/{channel_id}/messages", request.Route);
        Assert.Equal("Bot [redacted]", request.Headers["Authorization"]);
        Assert.DoesNotContain(fake.Requests, r => r.Headers.Values.Any(v => v.Contains(Token, StringComparison.Ordinal)));
        Assert.Equal("hello", request.Body!["content"]!.GetValue<string>());
        Assert.Equal(200, request.Status);
    }

    [Fact]
    public async Task MessageCreate_ElevenEmbeds_Rejected50035WithFieldErrors()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);
        var embeds = new JsonArray([.. Enumerable.Range(0, 11).Select(i => (JsonNode)new JsonObject { ["title"] = $"t{i}" })]);

        var response = await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(new JsonObject { ["embeds"] = embeds }));
        var body = await ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
        Assert.Equal("Invalid Form Body", body["message"]!.GetValue<string>());
        Assert.NotNull(body["errors"]!["embeds"]!["_errors"]);
        Assert.Contains(fake.Requests[0].SchemaViolations, v => v.Keyword == "maxItems");
    }

    [Fact]
    public async Task MessageCreate_Empty_Gets50006()
    {
        await using var fake = await StartAsync();
        using var http = Http(fake);

        var response = await http.PostAsync($"channels/{FakeChannel.DefaultId}/messages", Json(new JsonObject { ["content"] = "" }));

        Assert.Equal(50006, (await ReadJsonAsync(response))!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task ControlApi_PostInteractionByName_DispatchesAndReturnsIdAndToken()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };

        var response = await http.PostAsync("_fake/interactions", Json(JsonNode.Parse("""{"name":"excerpt","options":[{"type":3,"name":"story","value":"Dune"}]}""")!));
        var body = await ReadJsonAsync(response);
        var frame = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);
        var requests = await ReadJsonAsync(await http.GetAsync("_fake/requests"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body!["id"]!.GetValue<string>(), frame["d"]!["id"]!.GetValue<string>());
        Assert.Equal(body["token"]!.GetValue<string>(), frame["d"]!["token"]!.GetValue<string>());
        Assert.Equal("excerpt", frame["d"]!["data"]!["name"]!.GetValue<string>());
        Assert.IsType<JsonArray>(requests);
    }

    [Fact]
    public async Task WaitForRequest_FutureRequest_CompletesWithStatus()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        using var http = Http(fake);
        var wait = fake.WaitForRequestAsync(r => r.Route == "GET /channels/{channel_id}", ct);

        await http.GetAsync($"channels/{FakeChannel.DefaultId}");

        Assert.Equal(200, (await wait).Status);
    }
}
