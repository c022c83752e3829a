using System.Globalization;
using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Interactions;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>Bodies the checks of the fake did not cover until now, pushed through it (it validates against openapi.json).</summary>
public class InteractionBodyTests
{
    [Fact]
    public async Task Autocomplete_NastyChoices_ValidAndValuesNeverCut()
    {
        // application-commands.mdx "Application Command Option Choice Structure": "name | 1-100 character choice name";
        // "value | ... up to 100 characters if string"; receiving-and-responding.mdx: "autocomplete choices (max of 25 choices)".
        await using var h = await DiscordHarness.StartAsync();

        var interaction = await h.Fake.DispatchAutocompleteAsync("ping", "query", "nasty", DiscordHarness.Timeout());
        var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Timeout(10));

        Assert.Equal(204, callback.Status);
        h.AssertNoSchemaViolations();
        var choices = callback.Data!["choices"]!.AsArray().Select(c => (Name: c!["name"]!.GetValue<string>(), Value: c["value"]!.GetValue<string>())).ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c => Assert.InRange(new StringInfo(c.Name).LengthInTextElements, 1, 100));
        Assert.All(choices, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
        Assert.All(choices, c => Assert.InRange(c.Value.Length, 1, 100));
        Assert.All(choices, c => Assert.False(char.IsHighSurrogate(c.Name[^1]) || char.IsHighSurrogate(c.Value[^1])));

        // A value that cannot be sent whole is left out: cut, it would name something else.
        Assert.DoesNotContain(choices, c => c.Value.StartsWith("www", StringComparison.Ordinal));
        Assert.Contains(choices, c => c.Value == new string('v', 98) + "\U0001F642");

        // A choice without a usable name shows its value.
        Assert.Contains(choices, c => c.Name == "empty-name" && c.Value == "empty-name");
        Assert.Contains(choices, c => c.Name == "blank-name" && c.Value == "blank-name");
    }
}
