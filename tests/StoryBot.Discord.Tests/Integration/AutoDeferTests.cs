using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Tests.Integration;

public class AutoDeferTests
{
    [Fact]
    public async Task SlowCommand_DeferredInWindow_ThenOriginalEdited()
    {
        await using var h = await DiscordHarness.StartAsync();

        var slow = await h.SlashAsync("slow");
        var deferred = await h.Fake.WaitForCallbackAsync(slow.Id, DiscordHarness.Timeout());
        Assert.Equal(5, deferred.Type);
        Assert.Equal(204, deferred.Status); // the fake rejects callbacks after its 3-second window
        h.Log.SlowResult.SetResult(InteractionResponse.Reply("finally done"));

        await h.Fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Route == "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original", DiscordHarness.Timeout());
        Assert.Equal("finally done", h.Fake.GetOriginalResponse(slow.Id)!["content"]!.GetValue<string>());
        Assert.Single(h.Fake.Callbacks, c => c.InteractionId == slow.Id);
        h.AssertNoSchemaViolations();
        h.AssertNoSecretsLogged();
    }

    [Fact]
    public async Task SlowButton_DeferredUpdate_ThenMessageEdited()
    {
        await using var h = await DiscordHarness.StartAsync();
        var message = await h.Rest.CreateMessageAsync(StoryBot.Discord.Fake.FakeChannel.DefaultId, new MessageBuilder().WithContent("question").AddButton(ButtonProperties.Create("slowvote:a", "A")).Build(), DiscordHarness.Timeout());

        var press = await h.DispatchAsync(InteractionBuilders.ButtonPress("slowvote:a", userId: 5, messageId: message.Id));
        var deferred = await h.Fake.WaitForCallbackAsync(press.Id, DiscordHarness.Timeout());
        Assert.Equal(6, deferred.Type);
        h.Log.SlowResult.SetResult(InteractionResponse.Update(new MessageBuilder().WithContent("answered").Build()));

        await h.Fake.WaitForRequestAsync(r => r.Method == "PATCH" && r.Route == "PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original", DiscordHarness.Timeout());
        Assert.Equal("answered", h.Fake.GetMessage(message.Id)!["content"]!.GetValue<string>());
        h.AssertNoSchemaViolations();
    }

    [Fact]
    public async Task SlowHandler_DoesNotBlockOtherInteractionsOrHeartbeats()
    {
        await using var h = await DiscordHarness.StartAsync(o => o.HeartbeatIntervalMs = 300);
        var slow = await h.SlashAsync("slow");
        await h.Log.SlowStarted.Task.WaitAsync(DiscordHarness.Timeout());
        var mark = h.Fake.LastFrameSequence;

        var fast = await h.SlashAsync("ping");
        Assert.Equal(4, (await h.Fake.WaitForCallbackAsync(fast.Id, DiscordHarness.Timeout())).Type);
        await h.Fake.WaitForFrameAsync(f => f.Sequence > mark && f.Direction == StoryBot.Discord.Fake.Recording.FrameDirection.Received && f.Op == 1, DiscordHarness.Timeout());

        Assert.Equal(5, (await h.Fake.WaitForCallbackAsync(slow.Id, DiscordHarness.Timeout())).Type);
        h.Log.SlowResult.SetResult(InteractionResponse.Reply("ok"));
        await h.Fake.WaitForRequestAsync(r => r.Method == "PATCH", DiscordHarness.Timeout());
        Assert.Equal(1, h.Log.Count(slow.Id));
    }
}
