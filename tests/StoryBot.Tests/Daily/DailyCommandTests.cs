using StoryBot.Data.Storage;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Corpus.Model;
using StoryBot.Daily.Commands;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

public abstract class DailyCommandTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const ulong Guild = 1001;
    private const ulong Channel = 2001;

    /// <summary>Monday 23 November 2026, 06:00 UTC (07:00 in Berlin).</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public void Definition_AdminCommand_CarriesManageServerAndNoDms()
    {
        var definition = DailyCommandDefinition.Definition;

        Assert.Equal(BotPermissions.ManageGuild, definition.DefaultMemberPermissions);
        Assert.Equal(0x20L, (long)definition.DefaultMemberPermissions!.Value);
        Assert.False(definition.AllowInDirectMessages);
        Assert.Equal(["set", "off", "status", "preview"], definition.Options.Select(o => o.Name));
        var timezone = definition.Options[0].Options.Single(o => o.Name == "timezone");
        Assert.True(timezone.Autocomplete);
        Assert.False(definition.Options[0].Options.Single(o => o.Name == "role").Required);
    }

    [StoreTheory]
    [InlineData("set")]
    [InlineData("off")]
    public async Task Set_Or_Off_WithoutManageServer_IsRefusedServerSide(string subcommand)
    {
        await using var h = await CreateAsync();

        var reply = await h.CommandAsync(Guild, subcommand, SetOptions("09:00", "Europe/Berlin"), permissions: BotPermissions.None);

        Assert.True(reply.Message?.Ephemeral);
        Assert.Contains("Manage Server", reply.Message?.Content, StringComparison.Ordinal);
        Assert.Null(await h.ScheduleAsync(Guild));
    }

    [StoreFact]
    public async Task Set_Administrator_IsAccepted()
    {
        await using var h = await CreateAsync();

        var reply = await h.CommandAsync(Guild, "set", SetOptions("09:00", "Europe/Berlin"), permissions: BotPermissions.Administrator);

        Assert.StartsWith("✅", reply.Message?.Content, StringComparison.Ordinal);
    }

    [StoreTheory]
    [InlineData("9am", "Europe/Berlin", "isn't a time")]
    [InlineData("25:00", "Europe/Berlin", "isn't a time")]
    [InlineData("09:00", "Europe/Atlantis", "don't know the time zone")]
    [InlineData("09:00", "CET+1", "don't know the time zone")]
    [InlineData("09:00", "EST", "Did you mean **America/New_York**?")]
    [InlineData("09:00", "est", "Did you mean **America/New_York**?")]
    [InlineData("09:00", "PST8PDT", "Did you mean **America/Los_Angeles**?")]
    public async Task Set_BadInput_ExplainsAndSavesNothing(string time, string zone, string expected)
    {
        await using var h = await CreateAsync();

        var reply = await h.CommandAsync(Guild, "set", SetOptions(time, zone));

        Assert.True(reply.Message?.Ephemeral);
        Assert.Contains(expected, reply.Message?.Content, StringComparison.Ordinal);
        Assert.Null(await h.ScheduleAsync(Guild));
    }

    [StoreFact]
    public async Task Set_EveryoneRole_IsRefused()
    {
        await using var h = await CreateAsync();

        var reply = await h.CommandAsync(Guild, "set", SetOptions("09:00", "Europe/Berlin", role: Guild));

        Assert.Contains("@everyone", reply.Message?.Content, StringComparison.Ordinal);
        Assert.Null(await h.ScheduleAsync(Guild));
    }

    [StoreFact]
    public async Task Set_ChannelOfAnotherServerOrMissing_IsRefused()
    {
        await using var h = await CreateAsync();
        h.Discord.AddChannel(3001, guildId: 9999);

        var foreign = await h.CommandAsync(Guild, "set", SetOptions("09:00", "Europe/Berlin", channel: 3001));
        var missing = await h.CommandAsync(Guild, "set", SetOptions("09:00", "Europe/Berlin", channel: 3002));

        Assert.Contains("can't find", foreign.Message?.Content, StringComparison.Ordinal);
        Assert.Contains("can't find", missing.Message?.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Set_ChannelWithoutPermission_TellsWhichPermissions()
    {
        await using var h = await CreateAsync();
        h.Discord.Channel(Channel).CanSend = false;

        var reply = await h.CommandAsync(Guild, "set", SetOptions("09:00", "Europe/Berlin"));

        Assert.Contains("Send Messages", reply.Message?.Content, StringComparison.Ordinal);
        Assert.Null(await h.ScheduleAsync(Guild));
    }

    [StoreFact]
    public async Task Set_Valid_SavesScheduleAndShowsNextPostAsDiscordTimestamp()
    {
        await using var h = await CreateAsync();

        var reply = await h.CommandAsync(Guild, "set", SetOptions("09:00", "europe/berlin", role: 777));

        var content = reply.Message?.Content;
        Assert.True(reply.Message?.Ephemeral);
        var unix = new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Assert.Contains($"<t:{unix}:F> (<t:{unix}:R>)", content, StringComparison.Ordinal);
        Assert.Contains("<@&777>", content, StringComparison.Ordinal);
        Assert.Contains("Mature and Explicit chapters are skipped", content, StringComparison.Ordinal);
        var schedule = await h.ScheduleAsync(Guild);
        Assert.Equal(("09:00", "Europe/Berlin", (ulong?)777), (schedule?.LocalTime, schedule?.TimeZone, schedule?.RoleId));
    }

    [StoreFact]
    public async Task Status_Active_ShowsNextPostInServerZoneAndAsDiscordTimestamp()
    {
        await using var h = await CreateAsync();
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");

        var reply = await h.CommandAsync(Guild, "status");

        var content = reply.Message?.Content;
        Assert.True(reply.Message?.Ephemeral);
        Assert.Contains("Monday, 23 November 2026, 09:00 CET (Europe/Berlin)", content, StringComparison.Ordinal);
        Assert.Contains("<t:1795420800:F> (<t:1795420800:R>)", content, StringComparison.Ordinal);
        Assert.Contains($"<#{Channel}>", content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Status_AfterTodaysPost_ShowsTomorrowAndLinksTheLastPost()
    {
        await using var h = await CreateAsync();
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");
        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

        var content = (await h.CommandAsync(Guild, "status")).Message?.Content;

        Assert.Contains("Tuesday, 24 November 2026, 09:00 CET", content, StringComparison.Ordinal);
        var message = Assert.Single(h.Discord.Messages);
        Assert.Contains($"https://discord.com/channels/{Guild}/{Channel}/{message.MessageId}", content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Status_NoSchedule_SaysOff()
    {
        await using var h = await CreateAsync();

        var reply = await h.CommandAsync(Guild, "status", permissions: BotPermissions.None);

        Assert.Contains("off", reply.Message?.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Off_ActiveSchedule_StopsPosting()
    {
        await using var h = await CreateAsync();
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");

        var reply = await h.CommandAsync(Guild, "off");
        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

        Assert.Contains("off", reply.Message?.Content, StringComparison.Ordinal);
        Assert.Null(await h.ScheduleAsync(Guild));
        Assert.Empty(h.Discord.Messages);
    }

    [StoreFact]
    public async Task Preview_IsEphemeralClaimsNothingAndMatchesTheNextPost()
    {
        await using var h = await CreateAsync();
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin", role: 777);

        var preview = await h.CommandAsync(Guild, "preview");
        Assert.True(preview.Message?.Ephemeral);
        Assert.Null(preview.Message?.AllowedRoleMention);
        Assert.Contains("Preview", preview.Message?.Content, StringComparison.Ordinal);
        Assert.Empty(await h.PostsAsync(Guild));
        Assert.Empty(h.Discord.Messages);

        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(preview.Message?.Embeds[0].Title, Assert.Single(h.Discord.Messages).Message.Embeds[0].Title);
    }

    [StoreFact]
    public async Task Preview_SfwChannelWithOnlyMatureStories_ExplainsWhy()
    {
        await using var h = await DailyHarness.CreateAsync(Start, provider: Provider);
        await h.AddStoryAsync("dark", "Dark Story", Rating.Mature);

        var reply = await h.CommandAsync(Guild, "preview");

        Assert.Contains("General or Teen", reply.Message?.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task InDirectMessages_ExplainsItBelongsToAServer()
    {
        await using var h = await CreateAsync();
        var context = new CommandContext(new BotUser(1, "someone"), null, 5);
        var invocation = new SlashCommandInvocation(context, "daily", "status", CommandOptions.Empty);

        var reply = await h.Services.GetRequiredService<CommandRouter>().DispatchAsync(invocation, CancellationToken.None);

        Assert.Contains("server", reply.Message?.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task Autocomplete_TimezoneTyped_SuggestsAtMost25WithOffsets()
    {
        await using var h = await CreateAsync();
        var router = h.Services.GetRequiredService<CommandRouter>();
        var context = new CommandContext(new BotUser(1, "admin", BotPermissions.ManageGuild), Guild, Channel);

        var berlin = await router.SuggestAsync(new AutocompleteInvocation(context, "daily", "set", "timezone", "berl", CommandOptions.Empty), CancellationToken.None);
        var broad = await router.SuggestAsync(new AutocompleteInvocation(context, "daily", "set", "timezone", "", CommandOptions.Empty), CancellationToken.None);
        var other = await router.SuggestAsync(new AutocompleteInvocation(context, "daily", "set", "time", "0", CommandOptions.Empty), CancellationToken.None);

        Assert.Equal("Europe/Berlin", berlin[0].Value);
        Assert.Equal("Europe/Berlin (UTC+01)", berlin[0].Name);
        Assert.Equal(25, broad.Count);
        Assert.Empty(other);
    }

    private async Task<DailyHarness> CreateAsync()
    {
        var h = await DailyHarness.CreateAsync(Start, provider: Provider);
        await h.AddStoryAsync("first", "First Story", chapters: 3);
        h.Discord.AddChannel(Channel, Guild);
        return h;
    }

    private static Dictionary<string, object> SetOptions(string time, string zone, ulong channel = Channel, ulong? role = null)
    {
        var options = new Dictionary<string, object> { ["channel"] = channel, ["time"] = time, ["timezone"] = zone };
        if (role is { } r)
        {
            options["role"] = r;
        }

        return options;
    }
}
