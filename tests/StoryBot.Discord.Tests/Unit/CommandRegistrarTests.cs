using System.Text.Json;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Tests.Unit;

public class CommandRegistrarTests
{
    private static readonly ApplicationCommandDefinition Excerpt = new("excerpt", "Get a passage")
    {
        Options = [new CommandOption(CommandOptionType.String, "story", "Which story") { Autocomplete = true, Required = true }],
    };

    [Fact]
    public void Canonical_DiscordEchoWithDefaults_EqualsDefinitions()
    {
        // What Discord returns: ids, version, explicit defaults, extra fields.
        var echo = JsonSerializer.Deserialize("""
            [{"id":"1","application_id":"2","version":"3","type":1,"name":"excerpt","description":"Get a passage","nsfw":false,
              "default_member_permissions":null,"contexts":[0],"integration_types":[0],
              "options":[{"type":3,"name":"story","description":"Which story","required":true,"autocomplete":true}]}]
            """, DiscordJsonContext.Default.ListApplicationCommandJson)!;

        Assert.Equal(CommandRegistrar.Canonical([MessageBodyMapper.ToJson(Excerpt)]), CommandRegistrar.Canonical(echo));
    }

    [Fact]
    public void Canonical_ChangedDescription_Differs()
    {
        var changed = Excerpt with { Description = "Get a random passage" };

        Assert.NotEqual(CommandRegistrar.Canonical([MessageBodyMapper.ToJson(Excerpt)]), CommandRegistrar.Canonical([MessageBodyMapper.ToJson(changed)]));
    }
}
