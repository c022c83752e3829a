using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;

namespace StoryBot.Discord.Tests.Fake;

/// <summary>Shared helpers: start a fake, a raw HttpClient with Discord's headers, a connected raw gateway.</summary>
public abstract class FakeTestBase
{
    protected const string Token = "test-token.ABC.123";

    protected static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token;

    protected static Task<FakeDiscordServer> StartAsync(Action<FakeDiscordOptions>? configure = null)
    {
        var options = new FakeDiscordOptions { Token = Token };
        configure?.Invoke(options);
        return FakeDiscordServer.StartAsync(options);
    }

    protected static HttpClient Http(FakeDiscordServer fake, bool auth = true, string userAgent = "DiscordBot (https://github.com/storybot/storybot, 0.1.0)")
    {
        var http = new HttpClient { BaseAddress = new Uri(fake.ApiBaseUrl + "/") };
        if (auth)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", Token);
        }

        http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return http;
    }

    protected static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    protected static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    /// <summary>Connects, reads HELLO, identifies and reads READY.</summary>
    protected static async Task<(RawGatewayClient Client, JsonObject Ready)> ConnectReadyAsync(FakeDiscordServer fake, CancellationToken ct)
    {
        var client = await RawGatewayClient.ConnectAsync(fake.GatewayUrl, ct);
        var hello = await client.ReceiveAsync(ct);
        Assert.Equal(10, hello!["op"]!.GetValue<int>());
        await client.SendAsync(RawGatewayClient.Identify(Token), ct);
        var ready = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "READY", ct);
        await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "GUILD_CREATE", ct);
        return (client, ready);
    }
}
