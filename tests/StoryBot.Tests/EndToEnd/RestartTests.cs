using Microsoft.Extensions.Configuration;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.EndToEnd;

/// <summary>Buttons carry their state in the custom id, so they work on a message sent before a restart.</summary>
public sealed class RestartTests
{
    [Fact]
    public async Task ExcerptButton_AfterHostRestart_StillPages()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        await using var library = await TestLibrary.CreateAsync();
        string next;
        ulong messageId;
        await using (var first = await BotHost.StartAsync(fake, library, importSeeds: false))
        {
            var interaction = await fake.DispatchSlashCommandAsync("excerpt",
                [InteractionBuilders.Option("story", TestLibrary.SafeSlug), InteractionBuilders.Option("chapter", 1L)]);
            using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
            var answer = await fake.WaitForCallbackAsync(interaction.Id, timeout.Token);
            next = answer.CustomIdOf("Next");
            messageId = ulong.Parse((string)fake.GetOriginalResponse(interaction.Id)!["id"]!, System.Globalization.CultureInfo.InvariantCulture);
        }

        await using var second = await BotHost.StartAsync(fake, library, importSeeds: false);
        var pressed = await fake.AnswerOf(fake.DispatchButtonPressAsync(next, messageId: messageId));

        Assert.Equal(7, pressed.Type);
        Assert.InRange(pressed.Status, 200, 299);
        Assert.Equal("Scene 1 · ¶ 5–6 of 6", pressed.Field("Position"));
        Assert.Equal(2, fake.Connections.Count);
    }

    [Fact]
    public async Task Start_WithoutToken_ShellModeIsChosen()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Discord:Token"] = " " })
            .Build();

        Assert.Equal(StoryBot.Hosting.HostMode.Shell, StoryBot.Hosting.StoryBotHost.DetectMode(configuration));
    }
}
