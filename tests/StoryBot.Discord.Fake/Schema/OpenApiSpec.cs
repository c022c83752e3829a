using System.Text.Json;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Schema;

/// <summary>
/// Discord's OpenAPI 3.1 document (Spec/openapi.json, discord/discord-api-spec, MIT, see Spec/LICENSE-openapi.txt):
/// maps a concrete method + path to the JSON schema of its request body and validates bodies against it.
/// </summary>
public sealed class OpenApiSpec
{
    private static readonly Lazy<OpenApiSpec> Embedded = new(LoadEmbedded);
    private readonly List<(string Method, string Template, string[] Segments, JsonElement Schema)> bodies = [];

    private OpenApiSpec(JsonDocument document)
    {
        Document = document;
        Validator = new JsonSchemaValidator(document.RootElement);
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (operation.Value.ValueKind == JsonValueKind.Object
                    && operation.Value.TryGetProperty("requestBody", out var requestBody)
                    && requestBody.TryGetProperty("content", out var content)
                    && content.TryGetProperty("application/json", out var json)
                    && json.TryGetProperty("schema", out var schema))
                {
                    bodies.Add((operation.Name.ToUpperInvariant(), path.Name, path.Name.Trim('/').Split('/'), schema));
                }
            }
        }
    }

    /// <summary>The spec shipped with the fake (loaded once).</summary>
    public static OpenApiSpec Default => Embedded.Value;

    public JsonDocument Document { get; }

    public JsonSchemaValidator Validator { get; }

    /// <summary>Number of (method, path) pairs that declare a JSON request body.</summary>
    public int OperationsWithBodies => bodies.Count;

    /// <summary>Finds the spec's templated path for a request; literal segments win over parameters.</summary>
    public string? FindTemplate(string method, string path, out JsonElement schema)
    {
        schema = default;
        var segments = path.Trim('/').Split('/');
        string? best = null;
        var bestScore = -1;
        foreach (var (m, template, templateSegments, bodySchema) in bodies)
        {
            if (m != method || templateSegments.Length != segments.Length)
            {
                continue;
            }

            var score = 0;
            var ok = true;
            for (var i = 0; i < segments.Length && ok; i++)
            {
                if (templateSegments[i].StartsWith('{'))
                {
                    continue;
                }

                ok = string.Equals(templateSegments[i], segments[i], StringComparison.Ordinal);
                score++;
            }

            if (ok && score > bestScore)
            {
                best = template;
                bestScore = score;
                schema = bodySchema;
            }
        }

        return best;
    }

    /// <summary>Validates a request body for <paramref name="method"/> <paramref name="path"/>; null when the spec has no JSON body for it.</summary>
    public IReadOnlyList<SchemaViolation>? ValidateRequest(string method, string path, JsonNode? body) =>
        FindTemplate(method, path, out var schema) is null ? null : Validator.Validate(body, schema);

    /// <summary>Validates against <c>components/schemas/{name}</c>.</summary>
    public IReadOnlyList<SchemaViolation> ValidateComponent(string name, JsonNode? instance) => Validator.Validate(instance, name);

    private static OpenApiSpec LoadEmbedded()
    {
        using var stream = typeof(OpenApiSpec).Assembly.GetManifestResourceStream("StoryBot.Discord.Fake.Spec.openapi.json")
            ?? throw new InvalidOperationException("Embedded resource Spec/openapi.json is missing.");
        return new OpenApiSpec(JsonDocument.Parse(stream));
    }
}
