using System.Net;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;

namespace StoryBot.Discord.Tests.Fake;

/// <summary>The fake's lean mode (load benchmarks) and interaction templates: callbacks are still answered and counted.</summary>
public sealed class FakeLeanModeTests : FakeTestBase
{
    [Fact]
    public async Task LeanMode_TemplatedInteractions_CallbacksAnsweredAndCounted()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.UseLeanMode());
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var template = fake.PrepareInteraction(InteractionBuilders.SlashCommand("excerpt"));
        var callback = new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "Once upon a time", ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };

        var first = await fake.DispatchInteractionAsync(template, ct);
        var second = await fake.DispatchInteractionAsync(template, ct);
        var firstFrame = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);
        var secondFrame = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);
        var answered = await http.PostAsync($"interactions/{first.Id}/{first.Token}/callback", Json(callback));
        var again = await http.PostAsync($"interactions/{first.Id}/{first.Token}/callback", Json(callback));
        var other = await http.PostAsync($"interactions/{second.Id}/{second.Token}/callback", Json(new JsonObject { ["type"] = 5 }));

        Assert.True(fake.Options.IsLean);
        Assert.Equal(first.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), firstFrame["d"]!["id"]!.GetValue<string>());
        Assert.Equal(first.Token, firstFrame["d"]!["token"]!.GetValue<string>());
        Assert.Equal(second.Token, secondFrame["d"]!["token"]!.GetValue<string>());
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Sequence + 1, second.Sequence);
        Assert.Equal(HttpStatusCode.NoContent, answered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, other.StatusCode);
        Assert.Equal("Once upon a time", fake.GetOriginalResponse(first.Id)!["content"]!.GetValue<string>());
        Assert.Equal("1100000000000000300",
            fake.GetOriginalResponse(first.Id)!["interaction_metadata"]!["user"]!["id"]!.GetValue<string>());
        Assert.Collection(
            fake.Callbacks,
            c => Assert.Equal((first.Id, 4, 204, (int?)null), (c.InteractionId, c.Type, c.Status, c.ErrorCode)),
            c => Assert.Equal((first.Id, 4, 400, (int?)40060), (c.InteractionId, c.Type, c.Status, c.ErrorCode)),
            c => Assert.Equal((second.Id, 5, 204, (int?)null), (c.InteractionId, c.Type, c.Status, c.ErrorCode)));
        Assert.All(fake.Callbacks, c => Assert.Null(c.Data));
        Assert.All(fake.Requests, r => Assert.Null(r.Body));
        Assert.Equal(2, fake.Frames.Count(f => f.EventName == "INTERACTION_CREATE"));
    }

    [Fact]
    public async Task LeanMode_BodyAgainstSchema_IsNotValidated()
    {
        var ct = Timeout();
        await using var fake = await StartAsync(o => o.UseLeanMode());
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        using var http = Http(fake, auth: false);
        var interaction = await fake.DispatchInteractionAsync(fake.PrepareInteraction(InteractionBuilders.SlashCommand("excerpt")), ct);

        // content must be a string (schema); lean mode does not look. The protocol checks (type, empty message) still run.
        var response = await http.PostAsync($"interactions/{interaction.Id}/{interaction.Token}/callback",
            Json(new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "x", ["tts"] = "not a boolean" } }));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(Assert.Single(fake.Requests).SchemaViolations);
    }

    [Fact]
    public async Task DispatchInteractionAsync_FromTemplate_SendsWhatAPlainDispatchSends()
    {
        var ct = Timeout();
        await using var fake = await StartAsync();
        var (client, _) = await ConnectReadyAsync(fake, ct);
        await using var _client = client;
        await fake.DispatchSlashCommandAsync("excerpt", [InteractionBuilders.Option("story", "Naruto")], cancellationToken: ct);
        await fake.DispatchInteractionAsync(fake.PrepareInteraction(InteractionBuilders.SlashCommand("excerpt", [InteractionBuilders.Option("story", "Naruto")])), ct);
        var plain = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);
        var templated = await client.ReceiveUntilAsync(p => p["t"]?.GetValue<string>() == "INTERACTION_CREATE", ct);

        foreach (var frame in new[] { plain, templated })
        {
            frame["s"] = 0;
            frame["d"]!["id"] = "id";
            frame["d"]!["token"] = "token";
            frame["d"]!["data"]!["id"] = "command";
        }

        Assert.True(JsonNode.DeepEquals(plain, templated), $"{plain.ToJsonString()}\n{templated.ToJsonString()}");
    }

    [Fact]
    public async Task PrepareInteraction_ButtonPress_IsRefused()
    {
        await using var fake = await StartAsync();

        Assert.Throws<ArgumentException>(() => fake.PrepareInteraction(InteractionBuilders.ButtonPress("next")));
    }

    [Fact]
    public void FakeDiscordOptions_Default_ValidatesAndRecordsBodies()
    {
        var options = new FakeDiscordOptions();

        Assert.True(options.ValidateBodies);
        Assert.True(options.RecordBodies);
        Assert.False(options.IsLean);
    }
}
