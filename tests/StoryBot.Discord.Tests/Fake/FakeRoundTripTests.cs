using System.Diagnostics;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;
using Xunit.Abstractions;

namespace StoryBot.Discord.Tests.Fake;

public class FakeRoundTripTests(ITestOutputHelper output) : FakeTestBase
{
    [Fact]
    public async Task DispatchAndCallback_FourHundredInteractionsFromSeveralUsers_AllAcknowledgedOnce()
    {
        const int Count = 400;
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var stopwatch = Stopwatch.StartNew();

        for (var i = 0; i < Count; i++)
        {
            var user = (ulong)(1000 + (i % 7));
            var d = i % 2 == 0 ? InteractionBuilders.SlashCommand("excerpt", userId: user) : InteractionBuilders.ButtonPress("trivia:answer:" + i, userId: user);
            var sent = await fake.DispatchInteractionAsync(d, ct);
            var frame = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);
            var id = frame["d"]!["id"]!.GetValue<string>();
            var body = new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "answer " + i, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };
            using var response = await http.PostAsync($"interactions/{id}/{frame["d"]!["token"]!.GetValue<string>()}/callback", Json(body), ct);
            Assert.Equal(sent.Id.ToString(), id);
        }

        output.WriteLine($"raw dispatch → receive → callback round trip: {stopwatch.Elapsed.TotalMilliseconds / Count:0.00} ms");
        Assert.Equal(Count, fake.Callbacks.Count(c => c.Status == 204));
        Assert.Equal(Count, fake.Callbacks.Select(c => c.InteractionId).Distinct().Count());
    }
}
