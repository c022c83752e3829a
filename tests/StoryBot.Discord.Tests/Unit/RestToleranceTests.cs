using System.Net;
using System.Text;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Messages;
using StoryBot.Discord.Rest;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Unit;

/// <summary>REST answers as Discord (or a proxy in front of it) really gives them.</summary>
public class RestToleranceTests
{
    private static readonly MessageProperties Hello = new MessageBuilder().WithContent("hello").Build();

    private static DiscordOptions NoBackOff() => new() { Token = RestHarness.Token, ApiBaseUrl = "http://discord.test/api/v10", ServerErrorBaseDelay = TimeSpan.Zero };

    private static HttpResponseMessage Html(HttpStatusCode status) =>
        new(status) { Content = new StringContent("<html><body><h1>502 Bad Gateway</h1><p>cloudflare</p></body></html>", Encoding.UTF8, "text/html") };

    [Fact]
    public async Task Error_50035NestedErrors_NamedInExceptionAndLog()
    {
        // reference.mdx "Error Messages": "Invalid Form Body" with nested `errors` ("_errors" leaves under the field path).
        using var harness = new RestHarness();
        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.BadRequest, """
            {"code": 50035, "message": "Invalid Form Body", "errors": {
              "data": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]},
                       "embeds": {"0": {"description": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length. TOKEN"}]}}}}}}
            """.Replace("TOKEN", RestHarness.Token, StringComparison.Ordinal));

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateInteractionResponseAsync(1, "secretInteractionToken", InteractionResponse.Reply(Hello), CancellationToken.None));

        Assert.Equal(50035, error.ErrorCode);
        Assert.Contains("data.content: BASE_TYPE_MAX_LENGTH Must be 2000 or fewer in length.", error.Message, StringComparison.Ordinal);
        Assert.Contains("data.embeds.0.description: BASE_TYPE_MAX_LENGTH", error.Message, StringComparison.Ordinal);
        var line = Assert.Single(harness.Logs.Lines, l => l.Contains("50035", StringComparison.Ordinal));
        Assert.Contains("data.content: BASE_TYPE_MAX_LENGTH", line, StringComparison.Ordinal);
        Assert.DoesNotContain(RestHarness.Token, error.ToString() + line, StringComparison.Ordinal);
        Assert.DoesNotContain("secretInteractionToken", error.ToString() + line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Callback_5xxThenAlreadyAcknowledged_TreatedAsDelivered()
    {
        // A 5xx may come after Discord took the callback; the retry then meets
        // opcodes-and-status-codes.mdx "40060 | Interaction has already been acknowledged": it was delivered.
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Responses.Enqueue(_ => Html(HttpStatusCode.BadGateway));
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.BadRequest, """{"message": "Interaction has already been acknowledged.", "code": 40060}"""));

        await harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(Hello), CancellationToken.None);

        Assert.Equal(2, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Callback_AlreadyAcknowledgedOnFirstAttempt_Throws()
    {
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.BadRequest, """{"message": "Interaction has already been acknowledged.", "code": 40060}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(Hello), CancellationToken.None));

        Assert.Equal(40060, error.ErrorCode);
        Assert.Single(harness.Handler.Requests);
    }

    [Fact]
    public async Task Callback_UnknownInteraction_ThrowsOnceNeverRetried()
    {
        // opcodes-and-status-codes.mdx "10062 | Unknown interaction": retrying cannot help.
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Default = _ => RecordingHandler.Json(HttpStatusCode.NotFound, """{"message": "Unknown interaction", "code": 10062}""");

        var error = await Assert.ThrowsAsync<DiscordRestException>(() =>
            harness.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Reply(Hello), CancellationToken.None));

        Assert.Equal(10062, error.ErrorCode);
        Assert.Single(harness.Handler.Requests);
    }

    [Fact]
    public async Task ServerError_HtmlBody_TypedExceptionWithoutTheHtml()
    {
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Default = _ => Html(HttpStatusCode.BadGateway);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.GetChannelAsync(3, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.DoesNotContain("<html>", error.Message, StringComparison.Ordinal);
        Assert.Equal(1 + harness.Options.MaxServerErrorRetries, harness.Handler.Requests.Count);
    }

    [Fact]
    public async Task Success_BodyNotJson_TypedException()
    {
        // A proxy answering 200 with a page instead of the message object: callers catch DiscordRestException.
        using var harness = new RestHarness(NoBackOff());
        harness.Handler.Default = _ => Html(HttpStatusCode.OK);

        var error = await Assert.ThrowsAsync<DiscordRestException>(() => harness.Client.EditOriginalResponseAsync(1, "tok", Hello, CancellationToken.None));

        Assert.Equal(HttpStatusCode.OK, error.StatusCode);
        Assert.DoesNotContain("tok/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimited_GlobalInBodyFractionalNoHeaders_RetriedAfterRetryAfter()
    {
        // rate-limits.mdx "Rate Limit Response Structure": retry_after is a float (seconds), global a boolean.
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using var harness = new RestHarness(time: time);
        harness.Handler.Responses.Enqueue(_ => RecordingHandler.Json(HttpStatusCode.TooManyRequests, """{"message": "You are being rate limited.", "retry_after": 0.337, "global": true}"""));

        var send = harness.Client.CreateMessageAsync(1, Hello, CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(0.3));
        Assert.Single(harness.Handler.Requests);
        time.Advance(TimeSpan.FromSeconds(0.1));
        await send;

        Assert.Equal(2, harness.Handler.Requests.Count);
    }
}
