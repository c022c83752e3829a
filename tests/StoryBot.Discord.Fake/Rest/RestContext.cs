using System.Globalization;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>A matched REST request as handlers see it.</summary>
internal sealed class RestContext(FakeState state, IReadOnlyDictionary<string, string> values, JsonNode? body, IReadOnlyDictionary<string, string> query)
{
    public FakeState State => state;

    public JsonNode? Body => body;

    public IReadOnlyDictionary<string, string> Query => query;

    public string Value(string name) => values[name];

    /// <summary>A snowflake route value; null when it is not a number.</summary>
    public ulong? Snowflake(string name) =>
        values.TryGetValue(name, out var text) && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
