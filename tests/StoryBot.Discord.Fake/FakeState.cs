using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Fake;

/// <summary>Everything the fake Discord stores: channels, messages, commands, interactions and the recordings.</summary>
internal sealed class FakeState
{
    public FakeState(FakeDiscordOptions options)
    {
        Options = options;
        Clock = options.TimeProvider;
        Snowflakes = new SnowflakeGenerator(Clock);
        foreach (var channel in options.EffectiveChannels())
        {
            Channels[channel.Id] = channel.GuildId == 0 ? channel with { GuildId = options.GuildId } : channel;
        }
    }

    public FakeDiscordOptions Options { get; }

    public TimeProvider Clock { get; }

    public SnowflakeGenerator Snowflakes { get; }

    public Lock Gate { get; } = new();

    public ConcurrentDictionary<ulong, FakeChannel> Channels { get; } = new();

    /// <summary>Messages by id (channel messages, interaction responses and follow-ups).</summary>
    public ConcurrentDictionary<ulong, JsonObject> Messages { get; } = new();

    public JsonArray GlobalCommands { get; set; } = [];

    public ConcurrentDictionary<ulong, JsonArray> GuildCommands { get; } = new();

    public ConcurrentDictionary<ulong, InteractionState> Interactions { get; } = new();

    public ConcurrentDictionary<string, InteractionState> InteractionsByToken { get; } = new(StringComparer.Ordinal);

    public Recorder<RecordedRequest> Requests { get; } = new();

    public Recorder<RecordedFrame> Frames { get; } = new();

    public Recorder<RecordedCallback> Callbacks { get; } = new();

    public Recorder<GatewayConnectionInfo> Connections { get; } = new();

    public Recorder<RecordedIdentify> Identifies { get; } = new();

    /// <summary>Breaches of the identify rules (two IDENTIFYs of one rate-limit key within 5 s, none left to start).</summary>
    public Recorder<string> IdentifyViolations { get; } = new();

    /// <summary>Requests (<c>"POST /channels/1/messages"</c>) whose next response is held back: see <see cref="FakeDiscordServer.HoldNextResponse"/>.</summary>
    public ConcurrentDictionary<string, int> HeldResponses { get; } = new(StringComparer.Ordinal);

    /// <summary>Cancelled when the server stops: releases held responses.</summary>
    public CancellationTokenSource Stopping { get; } = new();

    /// <summary>Takes one hold for <paramref name="method"/> <paramref name="path"/> if one is set.</summary>
    public bool TakeHold(string method, string path)
    {
        var key = method + " " + path;
        while (HeldResponses.TryGetValue(key, out var count) && count > 0)
        {
            if (HeldResponses.TryUpdate(key, count - 1, count))
            {
                return true;
            }
        }

        return false;
    }

    private long frameSequence;
    private long requestSequence;

    public long NextFrameSequence() => Interlocked.Increment(ref frameSequence);

    public long NextRequestSequence() => Interlocked.Increment(ref requestSequence);

    public JsonObject BotUser() => Payloads.User(Options.ApplicationId, Options.BotUserName, bot: true);
}
