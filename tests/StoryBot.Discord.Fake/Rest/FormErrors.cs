using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StoryBot.Discord.Fake.Schema;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>Turns schema violations into Discord's nested 50035 <c>errors</c> object (reference.mdx "Error Messages").</summary>
internal static partial class FormErrors
{
    public static JsonObject Build(IEnumerable<SchemaViolation> violations)
    {
        var errors = new JsonObject();
        foreach (var violation in violations)
        {
            var node = errors;
            foreach (var key in Keys(violation.Path))
            {
                if (node[key] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[key] = child;
                }

                node = child;
            }

            if (node["_errors"] is not JsonArray list)
            {
                list = [];
                node["_errors"] = list;
            }

            list.Add(new JsonObject { ["code"] = Code(violation.Keyword), ["message"] = violation.Message });
        }

        return errors;
    }

    private static IEnumerable<string> Keys(string path)
    {
        foreach (Match match in Segment().Matches(path))
        {
            yield return match.Groups["name"].Success ? match.Groups["name"].Value : match.Groups["index"].Value;
        }
    }

    private static string Code(string keyword) => keyword switch
    {
        "maxLength" or "maxItems" => "BASE_TYPE_MAX_LENGTH",
        "minLength" or "minItems" => "BASE_TYPE_MIN_LENGTH",
        "required" => "BASE_TYPE_REQUIRED",
        "enum" or "const" => "BASE_TYPE_CHOICES",
        "maximum" => "NUMBER_TYPE_MAX",
        "minimum" => "NUMBER_TYPE_MIN",
        "type" => "BASE_TYPE_BAD_TYPE",
        _ => "BASE_TYPE_INVALID",
    };

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
