using System.Text;
using System.Text.Json;

namespace StoryBot.Discord.Rest;

/// <summary>
/// Flattens the nested <c>errors</c> of a 50035 Invalid Form Body (reference.mdx#error-messages) into
/// <c>path: CODE message</c> entries, e.g. <c>data.embeds.0.description: BASE_TYPE_MAX_LENGTH Must be 4096 or fewer in length.</c>
/// Any shape is accepted; at most <see cref="MaxEntries"/> entries are kept.
/// </summary>
internal static class FormErrors
{
    public const int MaxEntries = 10;
    private const int MaxDepth = 32;

    public static IReadOnlyList<string> Flatten(JsonElement? errors)
    {
        var entries = new List<string>();
        if (errors is { } root)
        {
            Walk(root, "", entries, 0);
        }

        return entries;
    }

    private static void Walk(JsonElement element, string path, List<string> entries, int depth)
    {
        if (entries.Count >= MaxEntries || depth > MaxDepth || element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals("_errors") && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    if (entries.Count >= MaxEntries)
                    {
                        return;
                    }

                    entries.Add(Entry(path, error));
                }
            }
            else
            {
                Walk(property.Value, path.Length == 0 ? property.Name : path + "." + property.Name, entries, depth + 1);
            }
        }
    }

    private static string Entry(string path, JsonElement error)
    {
        var text = new StringBuilder(path.Length == 0 ? "(body)" : path).Append(':');
        if (error.ValueKind == JsonValueKind.Object)
        {
            if (error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                text.Append(' ').Append(code.GetString());
            }

            if (error.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
            {
                text.Append(' ').Append(message.GetString());
            }
        }

        return text.ToString();
    }
}
