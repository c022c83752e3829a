using System.Globalization;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Attachments;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Data.Storage;
using StoryBot.Testing;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Libraries.Support;

/// <summary>
/// One fake Discord, one temp library (the test stories + the seeds, all shared) on one store and the real bot, with
/// the fake's address as the only allowed attachment host and a 64 KB upload cap. Interactions run as an admin or a
/// member of a given server, or in a DM; uploads wait for the edit of the deferred ephemeral reply. Without a
/// PostgreSQL server (outside CI) the PostgreSQL fixture starts nothing and its tests are skipped.
/// </summary>
public abstract class LibraryDiscordFixture : IAsyncLifetime
{
    public const long MaxUploadBytes = 64 * 1024;
    private const string AdminPermissions = "2248473465835105"; // the fake's default member permissions + Manage Server (1 << 5)

    public FakeDiscordServer Fake { get; private set; } = null!;

    public TestLibrary Library { get; private set; } = null!;

    public BotHost Bot { get; private set; } = null!;

    protected abstract DatabaseProvider Provider { get; }

    private bool Started => Bot is not null;

    public async Task InitializeAsync()
    {
        if (Provider == DatabaseProvider.Postgres && PostgresTestServer.SkipReason is not null)
        {
            return;
        }

        Fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());
        Library = await TestLibrary.CreateAsync(provider: Provider);
        Bot = await BotHost.StartAsync(Fake, Library, settings: new Dictionary<string, string?>
        {
            ["Libraries:AllowedHosts:0"] = Fake.BaseAddress.Host,
            ["Libraries:MaxUploadBytes"] = MaxUploadBytes.ToString(CultureInfo.InvariantCulture),
            ["Libraries:UploadsPerHour"] = "100",
        });
    }

    public async Task DisposeAsync()
    {
        if (!Started)
        {
            return;
        }

        await Bot.DisposeAsync();
        await Fake.DisposeAsync();
        await Library.DisposeAsync();
    }

    /// <summary>A slash command in <paramref name="guild"/> (null: a DM), as an admin or not.</summary>
    public JsonObject Command(ulong? guild, string name, IEnumerable<JsonObject>? options = null, bool admin = false)
    {
        var d = InteractionBuilders.SlashCommand(name, options);
        return Place(d, guild, admin);
    }

    public JsonObject Press(ulong? guild, string customId, bool admin = false) =>
        Place(InteractionBuilders.ButtonPress(customId), guild, admin);

    public JsonObject Typing(ulong? guild, string name, string? subcommand, string focused, string typed)
    {
        var focus = InteractionBuilders.Option(focused, typed, focused: true);
        var d = InteractionBuilders.Autocomplete(name, focused, typed);
        if (subcommand is not null)
        {
            d["data"]!["options"] = new JsonArray(InteractionBuilders.Subcommand(subcommand, focus));
        }

        return Place(d, guild, admin: true);
    }

    public async Task<RecordedCallback> AnswerAsync(JsonObject d) => await Fake.AnswerOf(Fake.DispatchInteractionAsync(d));

    /// <summary>Everything a reply shows (content, embeds, buttons, choices) as one string.</summary>
    public async Task<string> ShownAsync(JsonObject d) => (await AnswerAsync(d)).Data?.ToJsonString() ?? string.Empty;

    /// <summary><c>/library add file:</c> (or <c>characters</c>) with a file the fake serves; returns the edited ephemeral reply's content.</summary>
    public async Task<string> UploadAsync(ulong guild, string subcommand, FakeAttachment file, Uri? url = null, params JsonObject[] extra)
    {
        var d = Command(guild, "library", [InteractionBuilders.Subcommand(subcommand, [InteractionBuilders.AttachmentOption("file", file.Id), .. extra])], admin: true);
        FakeDiscordServer.WithAttachment(d, file, url);
        return await DeferredAsync(d);
    }

    /// <summary>Dispatches a command whose reply is deferred (ephemeral "thinking…"); returns the edited reply's content.</summary>
    public async Task<string> DeferredAsync(JsonObject d)
    {
        var interaction = await Fake.DispatchInteractionAsync(d);
        using var timeout = new CancellationTokenSource(FakeDiscordExtensions.Patience);
        var first = await Fake.WaitForCallbackAsync(interaction.Id, timeout.Token);
        Assert.Equal(5, first.Type);
        Assert.True(first.IsEphemeral());
        var edit = await Fake.WaitForRequestAsync(
            r => r.Method == "PATCH" && r.Path.Contains(interaction.Token, StringComparison.Ordinal) && r.Path.EndsWith("/@original", StringComparison.Ordinal), timeout.Token);
        return edit.Body?["content"]?.GetValue<string>() ?? string.Empty;
    }

    public FakeAttachment File(string name, byte[] bytes, AttachmentFault fault = AttachmentFault.None, long? declaredSize = null, Uri? redirectTo = null) =>
        Fake.AddAttachment(name, bytes, "application/octet-stream", fault, declaredSize, redirectTo);

    private static JsonObject Place(JsonObject d, ulong? guild, bool admin)
    {
        if (guild is { } id)
        {
            d["guild_id"] = id.ToString(CultureInfo.InvariantCulture);
            var user = new JsonObject { ["id"] = "1100000000000000399", ["username"] = admin ? "admin" : "reader", ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null };
            d["member"] = new JsonObject { ["user"] = user, ["permissions"] = admin ? AdminPermissions : "2248473465835073" };
        }
        else
        {
            d.Remove("member");
            d.Remove("guild_id");
            d["user"] = new JsonObject { ["id"] = "1100000000000000399", ["username"] = "reader", ["discriminator"] = "0", ["global_name"] = null, ["avatar"] = null };
        }

        return d;
    }
}
