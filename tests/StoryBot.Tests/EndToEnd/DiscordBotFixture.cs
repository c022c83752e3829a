using StoryBot.Discord.Fake;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.EndToEnd;

/// <summary>One fake Discord, one temp library (test stories + the imported seeds) and one running bot per test class.</summary>
public sealed class DiscordBotFixture : IAsyncLifetime
{
    public const ulong NsfwChannelId = 1100000000000000300;

    public FakeDiscordServer Fake { get; private set; } = null!;

    public TestLibrary Library { get; private set; } = null!;

    public BotHost Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = new FakeDiscordOptions();
        options.Channels.Add(new FakeChannel());
        options.Channels.Add(new FakeChannel { Id = NsfwChannelId, Name = "after-dark", Nsfw = true });
        Fake = await FakeDiscordServer.StartAsync(options);
        Library = await TestLibrary.CreateAsync();
        Bot = await BotHost.StartAsync(Fake, Library);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        await Library.DisposeAsync();
    }
}
