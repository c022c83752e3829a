using System.Text.Json;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Tests.Unit;

public class InteractionContextFactoryTests
{
    private static InteractionContext Parse(string json) =>
        InteractionContextFactory.Create(JsonSerializer.Deserialize(json, DiscordJsonContext.Default.InteractionJson)!);

    [Fact]
    public void Create_SubcommandWithOptions_Flattened()
    {
        var context = Parse("""
            {"id":"10","application_id":"20","type":2,"token":"tok","version":1,"guild_id":"30","channel_id":"40",
             "channel":{"id":"40","type":0,"nsfw":true},
             "member":{"user":{"id":"50","username":"ann","global_name":"Ann"},"roles":["7"],"permissions":"8"},
             "data":{"id":"60","name":"trivia","type":1,"options":[{"name":"start","type":1,"options":[
                {"name":"story","type":3,"value":"Dune"},{"name":"rounds","type":4,"value":5},{"name":"hard","type":5,"value":true}]}]}}
            """);

        Assert.Equal(10UL, context.Id);
        Assert.Equal(InteractionType.ApplicationCommand, context.Type);
        Assert.Equal("trivia", context.CommandName);
        Assert.Equal("start", context.Subcommand);
        Assert.Equal("Dune", context.GetString("story"));
        Assert.Equal(5, context.GetInteger("rounds"));
        Assert.True(context.GetBoolean("hard"));
        Assert.Equal(true, context.ChannelNsfw);
        Assert.Equal("Ann", context.User.DisplayName);
        Assert.True(context.HasPermission(Permissions.ManageGuild)); // Administrator implies all
        Assert.Equal([7UL], context.MemberRoleIds);
    }

    [Fact]
    public void Create_Autocomplete_FocusedOption()
    {
        var context = Parse("""
            {"id":"1","application_id":"2","type":4,"token":"t","version":1,"user":{"id":"3","username":"dm"},
             "data":{"id":"4","name":"excerpt","type":1,"options":[{"name":"story","type":3,"value":"Du","focused":true}]}}
            """);

        Assert.Equal("story", context.FocusedOption?.Name);
        Assert.Equal("Du", context.FocusedOption?.RawValue);
        Assert.Null(context.GuildId);
        Assert.Null(context.MemberPermissions);
    }

    [Fact]
    public void Create_Button_CustomIdAndMessage()
    {
        var context = Parse("""
            {"id":"1","application_id":"2","type":3,"token":"t","version":1,"member":{"user":{"id":"3","username":"u"},"permissions":"0"},
             "message":{"id":"99","channel_id":"5","content":"q"},"data":{"custom_id":"trivia:answer:2","component_type":2}}
            """);

        Assert.Equal("trivia:answer:2", context.CustomId);
        Assert.Equal(99UL, context.MessageId);
        Assert.DoesNotContain("\"t\"", context.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UserInstalledInPrivateChannel_UserNotMemberNoGuild()
    {
        // receiving-and-responding.mdx: "user? ... for the invoking user, if invoked in a DM"; "member?** ... Guild member
        // data for the invoking user"; guild_id?, channel?, context?, app_permissions, entitlements,
        // authorizing_integration_owners, attachment_size_limit; extra and unknown fields ignored.
        var context = Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","version":1,
             "user":{"id":"3","username":"dm","global_name":null,"avatar":null,"discriminator":"0","public_flags":0,"primary_guild":null},
             "channel":{"id":"4","type":1,"recipients":[{"id":"3","username":"dm"}],"last_message_id":null,"flags":0},
             "channel_id":"4","app_permissions":"442368","locale":"pt-BR","entitlements":[],
             "authorizing_integration_owners":{"1":"3"},"context":2,"attachment_size_limit":10485760,
             "some_future_field":{"nested":[1,2,3]},
             "data":{"id":"5","name":"story","type":1,"guild_id":null,"options":[
                {"name":"admin","type":2,"options":[{"name":"remove","type":1,"options":[
                   {"name":"file","type":11,"value":"900"},{"name":"who","type":6,"value":"3"},{"name":"n","type":10,"value":2.5}]}]}],
               "resolved":{"attachments":{"900":{"id":"900","filename":"a.epub","size":1234,"url":"https://cdn.discordapp.com/a.epub",
                   "proxy_url":"https://media.discordapp.net/a.epub","content_type":null,"ephemeral":true,"placeholder":"x","flags":0}},
                 "users":{"3":{"id":"3","username":"dm"}}}}}
            """);

        Assert.Null(context.GuildId);
        Assert.Equal(3UL, context.User.Id);
        Assert.Equal(4UL, context.ChannelId);
        Assert.Null(context.ChannelNsfw);
        Assert.Null(context.MemberPermissions);
        Assert.Empty(context.MemberRoleIds);
        Assert.Equal("pt-BR", context.Locale);
        Assert.Equal(("admin", "remove"), (context.SubcommandGroup, context.Subcommand));
        Assert.Equal(900UL, context.GetId("file"));
        Assert.Equal(3UL, context.GetId("who"));
        Assert.Equal(2.5, context.GetNumber("n"));
        var attachment = context.Attachments[900];
        Assert.Equal(("a.epub", 1234L, null), (attachment.FileName, attachment.Size, attachment.ContentType));
    }

    [Fact]
    public void Create_ButtonWithUnknownComponentTypeAndNoChannelId_RoutedByCustomId()
    {
        // receiving-and-responding.mdx: "component_type | integer"; the message on an ephemeral reply carries only what
        // Discord keeps; channel_id? may be absent when the channel object is given.
        var context = Parse("""
            {"id":"1","application_id":"2","type":3,"token":"t","version":1,"guild_id":"8",
             "channel":{"id":"40","type":11,"guild_id":"8","parent_id":"39","nsfw":false,"thread_metadata":{"archived":false}},
             "member":{"user":{"id":"3","username":"u"},"roles":[],"permissions":"0","avatar":null,"flags":0,"joined_at":"2021-01-01T00:00:00+00:00"},
             "message":{"id":"99","channel_id":"40","flags":64,"components":[{"type":17,"components":[]}]},
             "data":{"custom_id":"trivia:answer:2","component_type":99,"values":[]}}
            """);

        Assert.Equal("trivia:answer:2", context.CustomId);
        Assert.Equal(40UL, context.ChannelId);
        Assert.Equal(false, context.ChannelNsfw);
        Assert.Equal(99UL, context.MessageId);
        Assert.Equal(8UL, context.GuildId);
    }

    [Fact]
    public void Create_GuildPayloadShapedLikeTheDocs_EveryFieldTolerated()
    {
        // receiving-and-responding.mdx "Interaction Object" in a guild: member (with joined_at and the other member
        // fields), app_permissions, guild, guild_locale, entitlements, context, authorizing_integration_owners; an
        // INTEGER at 2^53-1 (application-commands.mdx: "Any integer between -2^53+1 and 2^53-1"), a NUMBER in exponent
        // form, a focused INTEGER still being typed (a string), a component message with ISO 8601 timestamps.
        var context = Parse("""
            {"id":"1300000000000000001","application_id":"1300000000000000002","type":4,"token":"t","version":1,
             "guild":{"id":"30","locale":"en-US","features":["COMMUNITY"]},"guild_id":"30","guild_locale":"de",
             "channel":{"id":"40","type":0,"guild_id":"30","name":"general","nsfw":false,"permissions":"2251799813685247","rate_limit_per_user":0},
             "channel_id":"40","app_permissions":"2251799813685247","locale":"en-GB","entitlements":[],"context":0,
             "authorizing_integration_owners":{"0":"30"},"attachment_size_limit":26214400,
             "member":{"user":{"id":"50","username":"ann","discriminator":"0","global_name":null,"avatar":null,"public_flags":4194304,"avatar_decoration_data":null,"collectibles":null},
                       "nick":null,"roles":["7","8"],"joined_at":"2015-04-26T06:26:56.936000+00:00","premium_since":null,"deaf":false,"mute":false,
                       "flags":0,"pending":false,"permissions":"2251799813685247","communication_disabled_until":null,"unusual_dm_activity_until":null},
             "message":{"id":"99","channel_id":"40","content":"","timestamp":"2026-12-06T03:27:59.123000+00:00","edited_timestamp":null,"flags":0},
             "data":{"id":"60","name":"trivia","type":1,"guild_id":"30","options":[{"name":"admin","type":2,"options":[{"name":"seed","type":1,"options":[
                {"name":"big","type":4,"value":9007199254740991},{"name":"ratio","type":10,"value":1e3},{"name":"count","type":4,"value":"12","focused":true}]}]}]}}
            """);

        Assert.Equal(1300000000000000001UL, context.Id);
        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, context.Type);
        Assert.Equal((30UL, 40UL, "en-GB"), (context.GuildId, context.ChannelId, context.Locale));
        Assert.Equal(50UL, context.User.Id);
        Assert.Equal([7UL, 8UL], context.MemberRoleIds);
        Assert.True(context.HasPermission(Permissions.Administrator));
        Assert.Equal(("admin", "seed"), (context.SubcommandGroup, context.Subcommand));
        Assert.Equal(9007199254740991L, context.GetInteger("big"));
        Assert.Equal(1000d, context.GetNumber("ratio"));
        Assert.Equal("count", context.FocusedOption?.Name);
        Assert.Equal(12L, context.GetInteger("count"));
        Assert.Equal(99UL, context.MessageId);
    }
}
