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
}
