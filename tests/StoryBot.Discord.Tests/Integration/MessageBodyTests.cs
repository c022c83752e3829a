using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Tests.Integration;

public class MessageBodyTests
{
    private static string Words(int n) => string.Join(' ', Enumerable.Repeat("lorem", n));

    private static MessageProperties Huge(ulong? role = null)
    {
        var builder = new MessageBuilder().WithContent(Words(1000) + " @everyone");
        for (var e = 0; e < 12; e++)
        {
            builder.AddEmbed(x =>
            {
                x.WithTitle(Words(100)).WithDescription(Words(1500)).WithFooter(Words(600)).WithAuthor(Words(80));
                for (var f = 0; f < 30; f++)
                {
                    x.AddField(Words(60), Words(300));
                }
            });
        }

        for (var b = 0; b < 40; b++)
        {
            builder.AddButton(ButtonProperties.Create($"vote:{b}", Words(40)));
        }

        if (role is { } r)
        {
            builder.AllowRoleMention(r);
        }

        return builder.Build();
    }

    [Fact]
    public async Task EveryMessageBody_WithinLimits_AllowedMentionsEmpty_SchemaValid()
    {
        await using var h = await DiscordHarness.StartAsync();
        var ct = DiscordHarness.Timeout();
        var channel = FakeChannel.DefaultId;

        // Interaction reply (type 4) from a handler, then every other message endpoint with the same huge body.
        var big = await h.SlashAsync("big");
        await h.Fake.WaitForCallbackAsync(big.Id, ct);
        var created = await h.Rest.CreateMessageAsync(channel, Huge(), ct);
        await h.Rest.EditMessageAsync(channel, created.Id, Huge(), ct);
        await h.Rest.EditOriginalResponseAsync(h.Fake.Options.ApplicationId, big.Token, Huge(), ct);
        var followup = await h.Rest.CreateFollowupAsync(h.Fake.Options.ApplicationId, big.Token, Huge(), ct);
        await h.Rest.EditFollowupAsync(h.Fake.Options.ApplicationId, big.Token, followup.Id, Huge(), ct);
        var press = await h.DispatchAsync(StoryBot.Discord.Fake.Interactions.InteractionBuilders.ButtonPress("vote:1", userId: 77, messageId: created.Id));
        await h.Fake.WaitForCallbackAsync(press.Id, ct);

        var bodies = h.Fake.Requests
            .Where(r => r.Body is JsonObject && r.Method is "POST" or "PATCH" && r.Route is { } route && !route.Contains("/commands", StringComparison.Ordinal))
            .Select(r => r.Body!["data"] is JsonObject data && r.Body["type"] is not null ? data : (JsonObject)r.Body!)
            .Where(m => m.ContainsKey("content") || m.ContainsKey("embeds"))
            .ToList();
        Assert.True(bodies.Count >= 7);
        foreach (var message in bodies)
        {
            Assert.Empty(message["allowed_mentions"]!["parse"]!.AsArray());
            Assert.Null(message["allowed_mentions"]!["roles"]);
            Assert.True((message["content"]?.GetValue<string>().Length ?? 0) <= 2000);
            var embeds = message["embeds"]?.AsArray() ?? [];
            Assert.True(embeds.Count <= 10);
            var total = embeds.Sum(e => Len(e!["title"]) + Len(e!["description"]) + Len(e!["footer"]?["text"]) + Len(e!["author"]?["name"])
                + (e!["fields"]?.AsArray().Sum(f => Len(f!["name"]) + Len(f!["value"])) ?? 0));
            Assert.True(total <= 6000, $"embed total {total}");
            var rows = message["components"]?.AsArray() ?? [];
            Assert.True(rows.Count <= 5);
            Assert.All(rows, row => Assert.True(row!["components"]!.AsArray().Count <= 5));
        }

        h.AssertNoSchemaViolations();
        Assert.All(h.Fake.Requests, r => Assert.True(r.Status < 400, $"{r.Route} → {r.Status}"));
    }

    [Fact]
    public async Task AllowedRole_OnlyThatRoleMayPing()
    {
        await using var h = await DiscordHarness.StartAsync();

        await h.Rest.CreateMessageAsync(FakeChannel.DefaultId, new MessageBuilder().WithContent("<@&55> new chapter").AllowRoleMention(55).Build(), DiscordHarness.Timeout());

        var body = h.Fake.Requests.Last(r => r.Route == "POST /channels/{channel_id}/messages").Body!;
        Assert.Empty(body["allowed_mentions"]!["parse"]!.AsArray());
        Assert.Equal("55", Assert.Single(body["allowed_mentions"]!["roles"]!.AsArray())!.GetValue<string>());
        h.AssertNoSchemaViolations();
    }

    private static int Len(JsonNode? node) => node?.GetValue<string>().Length ?? 0;
}
