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
}
