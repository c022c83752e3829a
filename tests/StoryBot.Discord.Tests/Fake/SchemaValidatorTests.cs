using System.Text.Json.Nodes;
using StoryBot.Discord.Fake.Schema;

namespace StoryBot.Discord.Tests.Fake;

public class SchemaValidatorTests
{
    private static readonly OpenApiSpec Spec = OpenApiSpec.Default;

    private static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    private static JsonObject Button(string customId) => new()
    {
        ["type"] = 1,
        ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "Next", ["custom_id"] = customId }),
    };

    [Theory]
    [InlineData("POST", "/channels/123/messages", "/channels/{channel_id}/messages")]
    [InlineData("PATCH", "/webhooks/1/tok/messages/@original", "/webhooks/{webhook_id}/{webhook_token}/messages/@original")]
    [InlineData("PATCH", "/webhooks/1/tok/messages/99", "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}")]
    [InlineData("POST", "/interactions/1/tok/callback", "/interactions/{interaction_id}/{interaction_token}/callback")]
    [InlineData("PUT", "/applications/1/guilds/2/commands", "/applications/{application_id}/guilds/{guild_id}/commands")]
    public void FindTemplate_ConcretePath_MapsToSpecPath(string method, string path, string expected) =>
        Assert.Equal(expected, Spec.FindTemplate(method, path, out _));

    [Fact]
    public void MessageCreate_ValidEmbedAndButton_HasNoViolations()
    {
        var body = new JsonObject
        {
            ["content"] = "Chapter of the day",
            ["embeds"] = new JsonArray(new JsonObject
            {
                ["title"] = "Dune, ch. 3",
                ["description"] = "A passage",
                ["color"] = 0x5865F2,
                ["fields"] = new JsonArray(new JsonObject { ["name"] = "Speaker", ["value"] = "Paul", ["inline"] = true }),
                ["footer"] = new JsonObject { ["text"] = "StoryBot" },
            }),
            ["components"] = new JsonArray(Button("next:1")),
            ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() },
        };

        Assert.Empty(Spec.ValidateRequest("POST", "/channels/1/messages", body)!);
    }

    [Fact]
    public void MessageCreate_ElevenEmbeds_ViolatesMaxItems()
    {
        var body = new JsonObject { ["embeds"] = new JsonArray([.. Enumerable.Range(0, 11).Select(_ => (JsonNode)new JsonObject { ["title"] = "t" })]) };

        var violation = Assert.Single(Spec.ValidateRequest("POST", "/channels/1/messages", body)!);

        Assert.Equal("$.embeds", violation.Path);
        Assert.Equal("maxItems", violation.Keyword);
    }

    [Fact]
    public void MessageCreate_Button101CharCustomId_ViolatesMaxLengthAtThatPath()
    {
        var body = new JsonObject { ["content"] = "x", ["components"] = new JsonArray(Button(new string('a', 101))) };

        var violations = Spec.ValidateRequest("POST", "/channels/1/messages", body)!;

        Assert.Contains(violations, v => v.Path == "$.components[0].components[0].custom_id" && v.Keyword == "maxLength");
    }

    [Fact]
    public void MessageCreate_Button100CharCustomId_IsValid() =>
        Assert.Empty(Spec.ValidateRequest("POST", "/channels/1/messages", new JsonObject { ["components"] = new JsonArray(Button(new string('a', 100))) })!);

    [Fact]
    public void MessageCreate_EmbedTitle257_ViolatesMaxLength()
    {
        var body = new JsonObject { ["embeds"] = new JsonArray(new JsonObject { ["title"] = new string('t', 257) }) };

        Assert.Contains(Spec.ValidateRequest("POST", "/channels/1/messages", body)!, v => v.Path == "$.embeds[0].title" && v.Keyword == "maxLength");
    }

    [Fact]
    public void MessageCreate_ContentIsNumber_ViolatesType() =>
        Assert.Contains(Spec.ValidateRequest("POST", "/channels/1/messages", Parse("""{"content": 5}"""))!, v => v.Keyword == "type");

    [Fact]
    public void Callback_Type4WithValidData_HasNoViolations()
    {
        var body = Parse("""{"type":4,"data":{"content":"Once upon a time","flags":64,"allowed_mentions":{"parse":[]},"embeds":[{"title":"Excerpt","description":"..."}]}}""");

        Assert.Empty(Spec.ValidateRequest("POST", "/interactions/1/t/callback", body)!);
    }

    [Theory]
    [InlineData("""{"type":5}""")]
    [InlineData("""{"type":5,"data":{"flags":64}}""")]
    [InlineData("""{"type":6}""")]
    [InlineData("""{"type":7,"data":{"content":"updated","components":[]}}""")]
    [InlineData("""{"type":8,"data":{"choices":[{"name":"Dune","value":"dune"}]}}""")]
    public void Callback_OtherValidTypes_HaveNoViolations(string json) =>
        Assert.Empty(Spec.ValidateRequest("POST", "/interactions/1/t/callback", Parse(json))!);

    [Fact]
    public void Callback_UnknownType_IsViolation() =>
        Assert.NotEmpty(Spec.ValidateRequest("POST", "/interactions/1/t/callback", Parse("""{"type":42}"""))!);

    [Fact]
    public void Callback_Autocomplete26Choices_ViolatesMaxItems()
    {
        var choices = new JsonArray([.. Enumerable.Range(0, 26).Select(i => (JsonNode)new JsonObject { ["name"] = $"c{i}", ["value"] = $"v{i}" })]);

        var violations = Spec.ValidateRequest("POST", "/interactions/1/t/callback", new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = choices } })!;

        Assert.Contains(violations, v => v.Keyword == "maxItems");
    }

    [Fact]
    public void BulkOverwrite_CommandWithSubcommandsAndChoices_HasNoViolations()
    {
        var body = Parse("""
            [{"name":"trivia","description":"Play trivia","type":1,"options":[
               {"type":1,"name":"start","description":"Start a game","options":[
                  {"type":3,"name":"story","description":"Which story","required":false,"autocomplete":true},
                  {"type":4,"name":"rounds","description":"Rounds","min_value":1,"max_value":20}]},
               {"type":1,"name":"stop","description":"Stop the game"}]},
             {"name":"excerpt","description":"A passage","options":[{"type":3,"name":"length","description":"How long","choices":[{"name":"Short","value":"short"}]}]}]
            """);

        Assert.Empty(Spec.ValidateRequest("PUT", "/applications/1/commands", body)!);
    }

    [Fact]
    public void BulkOverwrite_Description101Chars_ViolatesMaxLength()
    {
        var body = new JsonArray(new JsonObject { ["name"] = "excerpt", ["description"] = new string('d', 101) });

        Assert.Contains(Spec.ValidateRequest("PUT", "/applications/1/commands", body)!, v => v.Path == "$[0].description" && v.Keyword == "maxLength");
    }

    [Fact]
    public void WebhookEdit_ValidBody_HasNoViolations() =>
        Assert.Empty(Spec.ValidateRequest("PATCH", "/webhooks/1/t/messages/@original", Parse("""{"content":"done","embeds":[],"components":[],"allowed_mentions":{"parse":[]}}"""))!);

    [Fact]
    public void FollowUp_ValidBody_HasNoViolations() =>
        Assert.Empty(Spec.ValidateRequest("POST", "/webhooks/1/t", Parse("""{"content":"more","flags":64,"allowed_mentions":{"parse":[]}}"""))!);

    [Fact]
    public void DocsRules_Content2001_IsViolationThoughSpecAllows4000()
    {
        var body = new JsonObject { ["content"] = new string('x', 2001) };

        Assert.Empty(Spec.ValidateRequest("POST", "/channels/1/messages", body)!);
        Assert.Contains(DocsRules.CheckMessage(body), v => v.Path == "$.content");
    }

    [Fact]
    public void DocsRules_EmbedsOver6000Total_IsViolation()
    {
        var embeds = new JsonArray([.. Enumerable.Range(0, 2).Select(_ => (JsonNode)new JsonObject { ["description"] = new string('d', 3500) })]);

        Assert.Contains(DocsRules.CheckMessage(new JsonObject { ["embeds"] = embeds }), v => v.Path == "$.embeds");
    }

    [Fact]
    public void Validator_Int64AsString_IsAccepted()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("""{"type":"integer","format":"int64","minimum":0}""");
        var validator = new JsonSchemaValidator(doc.RootElement);

        Assert.Empty(validator.Validate(JsonValue.Create("1100000000000000001"), doc.RootElement));
        Assert.NotEmpty(validator.Validate(JsonValue.Create("-5"), doc.RootElement));
        Assert.NotEmpty(validator.Validate(JsonValue.Create("abc"), doc.RootElement));
    }

    [Theory]
    [InlineData("POST", "/channels/1/messages", """{"content":"x","allowed_mentions":{"parse":[],"roles":["123"],"replied_user":false},"message_reference":{"message_id":"55","fail_if_not_exists":false}}""")]
    [InlineData("POST", "/channels/1/messages", """{"embeds":[{"title":"T","url":"https://example.org/a","timestamp":"2026-01-01T00:00:00.000Z","color":16711680,"thumbnail":{"url":"https://example.org/i.png"},"author":{"name":"A"},"footer":{"text":"F"},"fields":[{"name":"n","value":"v"}]}]}""")]
    [InlineData("POST", "/interactions/1/t/callback", """{"type":4,"data":{"content":"x","components":[{"type":1,"components":[{"type":2,"style":5,"label":"Read","url":"https://example.org"},{"type":2,"style":2,"label":"Next","custom_id":"n","disabled":true,"emoji":{"name":"➡️"}}]}],"allowed_mentions":{"parse":[]}}}""")]
    [InlineData("POST", "/interactions/1/t/callback", """{"type":8,"data":{"choices":[{"name":"One","value":1},{"name":"Two","value":2}]}}""")]
    [InlineData("PUT", "/applications/1/commands", """[{"name":"daily","description":"Chapter of the day","type":1,"default_member_permissions":"32","contexts":[0],"integration_types":[0],"nsfw":false,"name_localizations":null,"options":[{"type":7,"name":"channel","description":"Where","channel_types":[0,5],"required":true},{"type":5,"name":"on","description":"Enable"},{"type":10,"name":"ratio","description":"R","min_value":0.5}]}]""")]
    [InlineData("PATCH", "/channels/1/messages/2", """{"content":"edited","embeds":[],"components":[],"allowed_mentions":{"parse":[]}}""")]
    public void RealisticBodies_AreValid(string method, string path, string json)
    {
        var route = method + " " + Spec.FindTemplate(method, path, out _)!;
        var violations = Spec.ValidateRequest(method, path, Parse(json))!.Where(v => !SchemaException.Defaults.Any(e => e.Covers(route, v)));

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData("Bad Name")]
    [InlineData("Excerpt")]
    [InlineData("a-very-long-command-name-over-32-chars")]
    public void DocsRules_BadChatInputName_IsViolation(string name) =>
        Assert.Contains(DocsRules.CheckCommand(new JsonObject { ["name"] = name, ["description"] = "d" }, "$"), v => v.Path == "$.name");

    [Fact]
    public void DocsRules_UpperCaseOptionName_IsViolation() =>
        Assert.Contains(DocsRules.CheckCommand(Parse("""{"name":"trivia","description":"d","options":[{"type":1,"name":"start","description":"s","options":[{"type":3,"name":"Story","description":"x"}]}]}"""), "$"), v => v.Path == "$.options[0].options[0].name");

    [Fact]
    public void DocsRules_MessageCommandWithSpaces_IsAllowed() =>
        Assert.Empty(DocsRules.CheckCommand(Parse("""{"name":"Quote This","type":3}"""), "$"));

    [Fact]
    public void DocsRules_DefaultMemberPermissionsNotDecimal_IsViolation() =>
        Assert.Single(DocsRules.CheckCommand(Parse("""{"name":"x","description":"d","default_member_permissions":"admin"}"""), "$"));

    [Theory]
    [InlineData("POST", "/channels/1/messages", """{"embeds":[{"fields":[@FIELDS@]}]}""", "maxItems")]
    [InlineData("POST", "/interactions/1/t/callback", """{"type":4,"data":{"components":[{"type":1,"components":[@B@,@B@,@B@,@B@,@B@,@B@]}]}}""", "maxItems")]
    [InlineData("POST", "/interactions/1/t/callback", """{"type":4,"data":{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"@LABEL@","custom_id":"x"}]}]}}""", "maxLength")]
    public void KnownBadBodies_AreViolations(string method, string path, string json, string keyword)
    {
        json = json.Replace("@FIELDS@", string.Join(',', Enumerable.Repeat("""{"name":"n","value":"v"}""", 26)), StringComparison.Ordinal)
            .Replace("@B@", """{"type":2,"style":1,"label":"b","custom_id":"c"}""", StringComparison.Ordinal)
            .Replace("@LABEL@", new string('l', 81), StringComparison.Ordinal);

        Assert.Contains(Spec.ValidateRequest(method, path, Parse(json))!, v => v.Keyword == keyword);
    }
}
