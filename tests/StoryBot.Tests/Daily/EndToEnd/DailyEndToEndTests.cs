using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Hosting;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Daily.EndToEnd;

/// <summary>
/// The whole bot (real host, our Discord client, REST and gateway) against the fake Discord, with the fake clock
/// driving the daily scheduler: /daily set → the post at the due time → the excerpt button → /daily status, and a
/// deleted channel pausing one server while another keeps posting.
/// </summary>
public sealed class DailyEndToEndTests : IAsyncLifetime
{
    private const string Token = "MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxYz12.fake-secret-token-for-tests_0123456789";
    private const ulong GuildA = 1100000000000000100;
    private const ulong GuildB = 1100000000000000101;
    private const ulong ChannelA = 1100000000000000200;
    private const ulong ChannelB = 1100000000000000201;
    private const ulong Role = 1100000000000000555;
    private const ulong Admin = 1100000000000000301;

    /// <summary>Monday 23 November 2026, 06:00 UTC: 07:00 in Berlin, 01:00 in New York.</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    private readonly TestClock _clock = new(Start);
    private TestLibrary _library = null!;
    private FakeDiscordServer _fake = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _library = await TestLibrary.CreateAsync();
        var options = new FakeDiscordOptions
        {
            Token = Token,
            TimeProvider = _clock,

            // The clock only moves when a test moves it; a huge interval keeps heartbeats out of the way.
            HeartbeatIntervalMs = 2_000_000_000,
            ExtraGuildIds = { GuildB },
            Channels =
            {
                new FakeChannel { Id = ChannelA, Name = "daily", GuildId = GuildA },
                new FakeChannel { Id = ChannelB, Name = "reading", GuildId = GuildB },
            },
        };
        options.SchemaExceptions.Add(new StoryBot.Discord.Fake.Schema.SchemaException(
            null, ".default_member_permissions", "type", "application-commands.mdx: permissions serialized as a string"));
        _fake = await FakeDiscordServer.StartAsync(options);

        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            // Not pooled, so another test's SqliteConnection.ClearAllPools() cannot dispose the bot's open connections.
            ["ConnectionStrings:Stories"] = UnpooledSqlite.ConnectionString(_library.DatabasePath),
            ["Stories:ImportOnStart"] = "false",
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = _fake.ApiBaseUrl,
            ["Daily:MaxSleep"] = "1.00:00:00",
        });
        builder.AddStoryBot(HostMode.Discord);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
        _host = builder.Build();
        await _host.StartAsync(Timeout());
        await _fake.WaitForReadyAsync(Timeout());
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync(Timeout());
        _host.Dispose();
        await _fake.DisposeAsync();
        await _library.DisposeAsync();
    }

    [Fact]
    public async Task Daily_SetPostPressStatus_ThroughFakeDiscord()
    {
        // /daily set as a member with Manage Server.
        var set = await SlashAsync(GuildA, "set", Option(7, "channel", ChannelA), Option(3, "time", "09:00"),
            Option(3, "timezone", "Europe/Berlin"), Option(8, "role", Role));
        Assert.Equal(4, set.Type);
        Assert.Equal(64, set.Data?["flags"]?.GetValue<int>());
        Assert.StartsWith("✅", set.Data?["content"]?.GetValue<string>(), StringComparison.Ordinal);

        // The scheduler sleeps on the clock until 09:00 Berlin (08:00 UTC), then posts once.
        await _clock.WaitForTimerDueAsync(At(8, 0));
        _clock.AdvanceTo(At(8, 0));
        var post = await WaitForPostAsync(ChannelA);

        Assert.Equal(200, post.Status);
        Assert.Empty(post.SchemaViolations);
        var body = post.Body!.AsObject();
        Assert.Equal("""{"parse":[],"roles":["1100000000000000555"]}""", body["allowed_mentions"]!.ToJsonString());
        Assert.Equal("<@&1100000000000000555> today's chapter is here!", body["content"]!.GetValue<string>());
        Assert.True(body["enforce_nonce"]!.GetValue<bool>());
        Assert.InRange(body["nonce"]!.GetValue<string>().Length, 1, 25);
        var embed = body["embeds"]![0]!;
        Assert.StartsWith(TestLibrary.SafeTitle, embed["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0xFEE75C, embed["color"]!.GetValue<int>());
        var button = body["components"]![0]!["components"]![0]!;
        var customId = button["custom_id"]!.GetValue<string>();
        Assert.StartsWith("dy:x:", customId, StringComparison.Ordinal);
        Assert.Contains("Read an excerpt", button["label"]!.GetValue<string>(), StringComparison.Ordinal);
        await _clock.WaitForTimerDueAsync(At(8, 0).AddDays(1));
        Assert.Single(Posts(ChannelA));

        // "Read an excerpt": an ephemeral excerpt for the presser.
        var messageId = ulong.Parse(post.ResponseBody!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        var press = InteractionBuilders.ButtonPress(customId, Admin, messageId, ChannelA);
        press["guild_id"] = GuildA.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var excerpt = await CallbackAsync(press);
        Assert.Equal(4, excerpt.Type);
        Assert.Equal(64, excerpt.Data?["flags"]?.GetValue<int>());
        var excerptEmbed = excerpt.Data?["embeds"]?[0];
        Assert.Equal(embed["title"]!.GetValue<string>(), excerptEmbed?["title"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(excerptEmbed?["description"]?.GetValue<string>()));

        // /daily status: tomorrow, in Berlin time and as a Discord timestamp.
        var status = await SlashAsync(GuildA, "status");
        var text = status.Data?["content"]?.GetValue<string>();
        Assert.Contains("Tuesday, 24 November 2026, 09:00 CET (Europe/Berlin)", text, StringComparison.Ordinal);
        var unix = At(8, 0).AddDays(1).ToUnixTimeSeconds();
        Assert.Contains($"<t:{unix}:F> (<t:{unix}:R>)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daily_ChannelDeleted_PausesThatServerWhileAnotherKeepsPosting()
    {
        await SlashAsync(GuildA, "set", Option(7, "channel", ChannelA), Option(3, "time", "09:00"), Option(3, "timezone", "Europe/Berlin"));
        await SlashAsync(GuildB, "set", Option(7, "channel", ChannelB), Option(3, "time", "09:00"), Option(3, "timezone", "America/New_York"));
        Assert.True(_fake.RemoveChannel(ChannelA));

        // Berlin's 09:00 comes first: its channel is gone (404 10003), so it pauses; New York posts at 14:00 UTC.
        await _clock.WaitForTimerDueAsync(At(8, 0));
        _clock.AdvanceTo(At(8, 0));
        await _clock.WaitForTimerDueAsync(At(14, 0));
        _clock.AdvanceTo(At(14, 0));
        var post = await WaitForPostAsync(ChannelB);

        Assert.Equal(200, post.Status);
        Assert.Empty(Posts(ChannelA));
        var status = await SlashAsync(GuildA, "status");
        var text = status.Data?["content"]?.GetValue<string>();
        Assert.Contains("Paused", text, StringComparison.Ordinal);
        Assert.Contains("was deleted", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daily_Registration_HidesCommandBehindManageServer()
    {
        await _fake.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal) && r.Status != 0, Timeout());

        var daily = _fake.GlobalCommands.Single(c => c?["name"]?.GetValue<string>() == "daily")!;

        Assert.Equal("32", daily["default_member_permissions"]?.ToString());
        Assert.Equal("[0]", daily["contexts"]?.ToJsonString());
        var set = daily["options"]!.AsArray().Single(o => o?["name"]?.GetValue<string>() == "set")!;
        Assert.True(set["options"]!.AsArray().Single(o => o?["name"]?.GetValue<string>() == "timezone")!["autocomplete"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Daily_TimezoneAutocomplete_SuggestsMatchingZones()
    {
        var d = InteractionBuilders.Autocomplete("daily", "timezone", "new_y");
        d["data"]!["options"] = new JsonArray(InteractionBuilders.Subcommand("set", InteractionBuilders.Option("timezone", "new_y", focused: true)));
        d["guild_id"] = GuildA.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var reply = await CallbackAsync(d);

        Assert.Equal(8, reply.Type);
        var choices = reply.Data!["choices"]!.AsArray();
        Assert.InRange(choices.Count, 1, 25);
        Assert.Equal("America/New_York", choices[0]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task Daily_NonAdmin_IsRefusedServerSide()
    {
        var d = InteractionBuilders.SlashCommand("daily", [InteractionBuilders.Subcommand("off")], channelId: ChannelA);
        d["guild_id"] = GuildA.ToString(System.Globalization.CultureInfo.InvariantCulture);
        d["member"] = new JsonObject { ["permissions"] = "0" };

        var reply = await CallbackAsync(d);

        Assert.Contains("Manage Server", reply.Data?["content"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Messenger_SameNonceTwice_CreatesOneMessage()
    {
        var messenger = _host.Services.GetRequiredService<IChannelMessenger>();
        var message = BotMessage.Text("hello") with { Nonce = "d-0123456789abcdef0123" };

        var first = await messenger.SendAsync(ChannelA, message, Timeout());
        var second = await messenger.SendAsync(ChannelA, message, Timeout());

        Assert.Equal(first.MessageId, second.MessageId);
        Assert.Single(_fake.Messages, m => m["channel_id"]?.GetValue<string>() == ChannelA.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static JsonObject Option(int type, string name, object value) => new()
    {
        ["type"] = type,
        ["name"] = name,
        ["value"] = value is ulong id ? JsonValue.Create(id.ToString(System.Globalization.CultureInfo.InvariantCulture)) : JsonValue.Create((string)value),
    };

    private async Task<RecordedCallback> SlashAsync(ulong guildId, string subcommand, params JsonObject[] options)
    {
        var d = InteractionBuilders.SlashCommand("daily", [InteractionBuilders.Subcommand(subcommand, options)], channelId: guildId == GuildA ? ChannelA : ChannelB);
        d["guild_id"] = guildId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        d["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture), ["username"] = "admin", ["discriminator"] = "0", ["global_name"] = "Admin", ["avatar"] = null },
            ["permissions"] = "32",
        };
        return await CallbackAsync(d);
    }

    private async Task<RecordedCallback> CallbackAsync(JsonObject d)
    {
        var interaction = await _fake.DispatchInteractionAsync(d, Timeout());
        return await _fake.WaitForCallbackAsync(interaction.Id, Timeout());
    }

    private Task<RecordedRequest> WaitForPostAsync(ulong channelId) =>
        _fake.WaitForRequestAsync(r => IsPost(r, channelId) && r.Status != 0, Timeout());

    private List<RecordedRequest> Posts(ulong channelId) => [.. _fake.Requests.Where(r => IsPost(r, channelId))];

    private static bool IsPost(RecordedRequest request, ulong channelId) =>
        request.Method == "POST" && request.Path.EndsWith($"/channels/{channelId}/messages", StringComparison.Ordinal);

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 23, hour, minute, 0, TimeSpan.Zero);

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;
}
