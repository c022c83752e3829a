using System.Net;
using System.Text.Json;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Messages;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Unit;

public class RestClientTests
{
    private static readonly MessageProperties Hello = new MessageBuilder().WithContent("hello @everyone").Build();

    [Fact]
    public async Task EveryMessageBody_HasEmptyAllowedMentionsParse()
    {
        using var harness = new RestHarness();
        var c = harness.Client;
        var ct = CancellationToken.None;
        await c.CreateMessageAsync(1, Hello, ct);
        await c.EditMessageAsync(1, 2, Hello, ct);
        await c.CreateInteractionResponseAsync(3, "tok", InteractionResponse.Reply(Hello), ct);
        await c.CreateInteractionResponseAsync(3, "tok", InteractionResponse.Update(Hello), ct);
        await c.EditOriginalResponseAsync(4, "tok", Hello, ct);
        await c.CreateFollowupAsync(4, "tok", Hello, ct);
        await c.EditFollowupAsync(4, "tok", 5, Hello, ct);

        var bodies = harness.Handler.Requests.Select(r => JsonDocument.Parse(r.Body!).RootElement).ToList();
        Assert.Equal(7, bodies.Count);
        foreach (var body in bodies)
        {
            var message = body.TryGetProperty("data", out var data) ? data : body;
            var allowed = message.GetProperty("allowed_mentions");
            Assert.Equal(0, allowed.GetProperty("parse").GetArrayLength());
            Assert.False(allowed.TryGetProperty("roles", out _));
        }
    }

    [Fact]
    public async Task CreateMessage_AllowedRole_OnlyThatRole()
    {
        using var harness = new RestHarness();

        await harness.Client.CreateMessageAsync(1, new MessageBuilder().WithContent("<@&77> new chapter").AllowRoleMention(77).Build(), CancellationToken.None);

        var body = harness.Handler.Requests.Single().Body!;
        Assert.Contains("\"allowed_mentions\":{\"parse\":[],\"roles\":[\"77\"]}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_CarryAuthorizationAndUserAgent()
    {
        using var harness = new RestHarness();

        await harness.Client.GetChannelAsync(9, CancellationToken.None);

        var request = harness.Handler.Requests.Single();
        Assert.Equal("http://discord.test/api/v10/channels/9", request.Uri);
        Assert.Contains("Authorization: Bot " + RestHarness.Token, request.Headers, StringComparison.Ordinal);
        Assert.Matches(@"User-Agent: DiscordBot \(https://[^,]+, \d+\.\d+\.\d+\)", request.Headers);
    }

    [Fact]
    public async Task Callbacks_UseDocumentedTypes()
    {
        using var harness = new RestHarness();
        var c = harness.Client;
        var ct = CancellationToken.None;
        await c.CreateInteractionResponseAsync(1, "t", InteractionResponse.Reply("x"), ct);
        await c.DeferInteractionAsync(1, "t", ephemeral: true, componentUpdate: false, ct);
        await c.DeferInteractionAsync(1, "t", ephemeral: false, componentUpdate: true, ct);
        await c.CreateInteractionResponseAsync(1, "t", InteractionResponse.Update(Hello), ct);
        await c.CreateInteractionResponseAsync(1, "t", InteractionResponse.Autocomplete([new AutocompleteChoice("A", "a")]), ct);
        await c.CreateInteractionResponseAsync(1, "t", InteractionResponse.Acknowledge(), ct);

        var types = harness.Handler.Requests.Select(r => JsonDocument.Parse(r.Body!).RootElement.GetProperty("type").GetInt32());
        Assert.Equal([4, 5, 6, 7, 8, 6], types);
        Assert.All(harness.Handler.Requests, r => Assert.EndsWith("/interactions/1/t/callback", r.Uri, StringComparison.Ordinal));
        Assert.Contains("\"flags\":64", harness.Handler.Requests.ElementAt(1).Body!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_BecomesTypedExceptionWithoutTokens()
    {
        using var harness = new RestHarness();
        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.NotFound, $$"""{"code":10062,"message":"Unknown interaction {{RestHarness.Token}}"}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.EditOriginalResponseAsync(5, "secretInteractionToken", Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(10062, error.ErrorCode);
        Assert.DoesNotContain(RestHarness.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secretInteractionToken", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("/webhooks/5/:token/messages/@original", error.Message, StringComparison.Ordinal);
    }
}
