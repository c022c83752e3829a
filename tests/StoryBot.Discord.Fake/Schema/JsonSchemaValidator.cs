using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StoryBot.Discord.Fake.Schema;

/// <summary>
/// A JSON Schema (2020-12 subset used by Discord's OpenAPI 3.1 document) validator: $ref, type (incl. arrays and "null"),
/// properties, required, additionalProperties, min/maxProperties, enum, const, min/maxLength, pattern, minimum/maximum
/// (and exclusive forms), items, min/maxItems, uniqueItems, oneOf/anyOf/allOf, format uri/date-time.
/// Integers with <c>format: int64</c> and snowflake strings may be sent as decimal strings, as Discord accepts.
/// </summary>
public sealed class JsonSchemaValidator
{
    private const int MaxDepth = 96;
    private readonly JsonElement root;
    private readonly Dictionary<string, JsonElement> refs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex> patterns = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Creates a validator whose <c>$ref</c>s resolve against <paramref name="document"/>.</summary>
    public JsonSchemaValidator(JsonElement document) => root = document;

    /// <summary>Validates <paramref name="instance"/> against <paramref name="schema"/>; an empty list means valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonNode? instance, JsonElement schema)
    {
        var errors = new List<SchemaViolation>();
        Check(instance, schema, "$", errors, 0);
        return errors;
    }

    /// <summary>Validates against a named schema under <c>components/schemas</c>.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonNode? instance, string componentName) =>
        Validate(instance, Resolve("#/components/schemas/" + componentName));

    /// <summary>Resolves a local JSON pointer such as <c>#/components/schemas/MessageCreateRequest</c>.</summary>
    public JsonElement Resolve(string reference)
    {
        lock (gate)
        {
            if (refs.TryGetValue(reference, out var cached))
            {
                return cached;
            }
        }

        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only local $ref values are supported: {reference}");
        }

        var current = root;
        foreach (var raw in reference[2..].Split('/'))
        {
            var part = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!current.TryGetProperty(part, out current))
            {
                throw new KeyNotFoundException($"$ref not found: {reference}");
            }
        }

        lock (gate)
        {
            refs[reference] = current;
        }

        return current;
    }

    private void Check(JsonNode? instance, JsonElement schema, string path, List<SchemaViolation> errors, int depth)
    {
        if (depth > MaxDepth || schema.ValueKind != JsonValueKind.Object)
        {
            if (schema.ValueKind == JsonValueKind.False)
            {
                errors.Add(new SchemaViolation(path, "false", "no value is allowed here"));
            }

            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(instance, Resolve(reference.GetString()!), path, errors, depth + 1);
        }

        var kind = instance?.GetValueKind() ?? JsonValueKind.Null;
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(instance, kind, type, schema))
        {
            errors.Add(new SchemaViolation(path, "type", $"expected {Describe(type)}, got {KindName(instance, kind)}"));
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonEquals(instance, constant))
        {
            errors.Add(new SchemaViolation(path, "const", $"expected {constant.GetRawText()}, got {instance?.ToJsonString() ?? "null"}"));
        }

        if (schema.TryGetProperty("enum", out var enumeration) && !enumeration.EnumerateArray().Any(e => JsonEquals(instance, e)))
        {
            errors.Add(new SchemaViolation(path, "enum", $"{instance?.ToJsonString() ?? "null"} is not one of {enumeration.GetRawText()}"));
        }

        switch (kind)
        {
            case JsonValueKind.String:
                CheckString(instance!.GetValue<string>(), schema, path, errors);
                break;
            case JsonValueKind.Number:
                CheckNumber(Number(instance!), schema, path, errors);
                break;
            case JsonValueKind.Array:
                CheckArray((JsonArray)instance!, schema, path, errors, depth);
                break;
            case JsonValueKind.Object:
                CheckObject((JsonObject)instance!, schema, path, errors, depth);
                break;
            default:
                break;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
        {
            foreach (var branch in allOf.EnumerateArray())
            {
                Check(instance, branch, path, errors, depth + 1);
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf))
        {
            CheckBranches(instance, anyOf, path, errors, depth, exactlyOne: false);
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            CheckBranches(instance, oneOf, path, errors, depth, exactlyOne: true);
        }
    }

    private void CheckBranches(JsonNode? instance, JsonElement branches, string path, List<SchemaViolation> errors, int depth, bool exactlyOne)
    {
        List<SchemaViolation>? best = null;
        var matches = 0;
        foreach (var branch in branches.EnumerateArray())
        {
            var branchErrors = new List<SchemaViolation>();
            Check(instance, branch, path, branchErrors, depth + 1);
            if (branchErrors.Count == 0)
            {
                matches++;
            }
            else if (best is null || Closeness(branchErrors, path) < Closeness(best, path))
            {
                best = branchErrors;
            }
        }

        if (matches == 0)
        {
            errors.AddRange(best ?? []);
            if (best is null || best.Count == 0)
            {
                errors.Add(new SchemaViolation(path, exactlyOne ? "oneOf" : "anyOf", "matches none of the allowed shapes"));
            }
        }

        // A value matching several oneOf branches is accepted: the preview spec's unions overlap (e.g. nonce as int64 or
        // string) and Discord resolves them by discriminator, so "more than one" is not an error a client can fix.
        _ = exactlyOne;
    }

    /// <summary>Prefers the branch whose errors are deepest (the discriminator matched) and fewest.</summary>
    private static int Closeness(List<SchemaViolation> branchErrors, string path) =>
        (branchErrors.Any(e => (e.Path == path || e.Path == path + ".type") && e.Keyword is "type" or "const" or "enum") ? 1_000 : 0) + branchErrors.Count;

    private void CheckString(string value, JsonElement schema, string path, List<SchemaViolation> errors)
    {
        var length = CountRunes(value);
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetInt32())
        {
            errors.Add(new SchemaViolation(path, "minLength", $"length {length} is below minLength {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetInt32())
        {
            errors.Add(new SchemaViolation(path, "maxLength", $"length {length} exceeds maxLength {max.GetInt32()}"));
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !GetRegex(pattern.GetString()!).IsMatch(value))
        {
            errors.Add(new SchemaViolation(path, "pattern", $"\"{Shorten(value)}\" does not match {pattern.GetString()}"));
        }

        if (schema.TryGetProperty("format", out var format))
        {
            var ok = format.GetString() switch
            {
                "uri" => Uri.TryCreate(value, UriKind.Absolute, out _),
                "date-time" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
                _ => true,
            };
            if (!ok)
            {
                errors.Add(new SchemaViolation(path, "format", $"\"{Shorten(value)}\" is not a valid {format.GetString()}"));
            }
        }

        // int64 integers (snowflakes) sent as strings: apply numeric bounds to the parsed value.
        if (schema.TryGetProperty("type", out var type) && Includes(type, "integer") && decimal.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            CheckNumber((double)number, schema, path, errors);
        }
    }

    private static void CheckNumber(double value, JsonElement schema, string path, List<SchemaViolation> errors)
    {
        if (schema.TryGetProperty("minimum", out var min) && value < min.GetDouble())
        {
            errors.Add(new SchemaViolation(path, "minimum", $"{value.ToString(CultureInfo.InvariantCulture)} is below minimum {min.GetRawText()}"));
        }

        if (schema.TryGetProperty("maximum", out var max) && value > max.GetDouble())
        {
            errors.Add(new SchemaViolation(path, "maximum", $"{value.ToString(CultureInfo.InvariantCulture)} exceeds maximum {max.GetRawText()}"));
        }

        if (schema.TryGetProperty("exclusiveMinimum", out var xmin) && xmin.ValueKind == JsonValueKind.Number && value <= xmin.GetDouble())
        {
            errors.Add(new SchemaViolation(path, "exclusiveMinimum", $"{value.ToString(CultureInfo.InvariantCulture)} must exceed {xmin.GetRawText()}"));
        }

        if (schema.TryGetProperty("exclusiveMaximum", out var xmax) && xmax.ValueKind == JsonValueKind.Number && value >= xmax.GetDouble())
        {
            errors.Add(new SchemaViolation(path, "exclusiveMaximum", $"{value.ToString(CultureInfo.InvariantCulture)} must be below {xmax.GetRawText()}"));
        }
    }

    private void CheckArray(JsonArray array, JsonElement schema, string path, List<SchemaViolation> errors, int depth)
    {
        if (schema.TryGetProperty("minItems", out var min) && array.Count < min.GetInt32())
        {
            errors.Add(new SchemaViolation(path, "minItems", $"{array.Count} items, fewer than minItems {min.GetInt32()}"));
        }

        if (schema.TryGetProperty("maxItems", out var max) && array.Count > max.GetInt32())
        {
            errors.Add(new SchemaViolation(path, "maxItems", $"{array.Count} items, more than maxItems {max.GetInt32()}"));
        }

        if (schema.TryGetProperty("uniqueItems", out var unique) && unique.ValueKind == JsonValueKind.True)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            if (array.Any(item => !seen.Add(item?.ToJsonString() ?? "null")))
            {
                errors.Add(new SchemaViolation(path, "uniqueItems", "items must be unique"));
            }
        }

        if (schema.TryGetProperty("items", out var items) && items.ValueKind is JsonValueKind.Object or JsonValueKind.False)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], items, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), errors, depth + 1);
            }
        }
    }

    private void CheckObject(JsonObject obj, JsonElement schema, string path, List<SchemaViolation> errors, int depth)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!obj.ContainsKey(name))
                {
                    errors.Add(new SchemaViolation($"{path}.{name}", "required", "this field is required"));
                }
            }
        }

        if (schema.TryGetProperty("maxProperties", out var maxProps) && obj.Count > maxProps.GetInt32())
        {
            errors.Add(new SchemaViolation(path, "maxProperties", $"{obj.Count} properties, more than {maxProps.GetInt32()}"));
        }

        if (schema.TryGetProperty("minProperties", out var minProps) && obj.Count < minProps.GetInt32())
        {
            errors.Add(new SchemaViolation(path, "minProperties", $"{obj.Count} properties, fewer than {minProps.GetInt32()}"));
        }

        var hasProperties = schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var (name, value) in obj)
        {
            var childPath = $"{path}.{name}";
            if (hasProperties && properties.TryGetProperty(name, out var propertySchema))
            {
                Check(value, propertySchema, childPath, errors, depth + 1);
            }
            else if (hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add(new SchemaViolation(childPath, "additionalProperties", "unknown field"));
                }
                else if (additional.ValueKind == JsonValueKind.Object)
                {
                    Check(value, additional, childPath, errors, depth + 1);
                }
            }
        }
    }

    private static bool TypeMatches(JsonNode? instance, JsonValueKind kind, JsonElement type, JsonElement schema)
    {
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => SingleTypeMatches(instance, kind, t.GetString()!, schema));
        }

        return SingleTypeMatches(instance, kind, type.GetString()!, schema);
    }

    private static bool SingleTypeMatches(JsonNode? instance, JsonValueKind kind, string type, JsonElement schema) => type switch
    {
        "null" => kind == JsonValueKind.Null,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "object" => kind == JsonValueKind.Object,
        "array" => kind == JsonValueKind.Array,
        "string" => kind == JsonValueKind.String,
        "number" => kind == JsonValueKind.Number,
        "integer" => (kind == JsonValueKind.Number && IsIntegral(instance!))
            || (kind == JsonValueKind.String && IsInt64Format(schema) && long.TryParse(instance!.GetValue<string>(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)),
        _ => true,
    };

    private static bool IsInt64Format(JsonElement schema) =>
        schema.TryGetProperty("format", out var format) && format.GetString() is "int64" or "snowflake";

    /// <summary>Numbers are read from their JSON text so values built in code (int, long…) and parsed ones behave alike.</summary>
    private static double Number(JsonNode node) => double.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool IsIntegral(JsonNode node) =>
        decimal.TryParse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == decimal.Truncate(value);

    private static bool JsonEquals(JsonNode? instance, JsonElement expected)
    {
        var kind = instance?.GetValueKind() ?? JsonValueKind.Null;
        if (kind == JsonValueKind.Number && expected.ValueKind == JsonValueKind.Number)
        {
            return Number(instance!).Equals(expected.GetDouble());
        }

        if (kind == JsonValueKind.String && expected.ValueKind == JsonValueKind.String)
        {
            return string.Equals(instance!.GetValue<string>(), expected.GetString(), StringComparison.Ordinal);
        }

        return JsonNode.DeepEquals(instance, JsonNode.Parse(expected.GetRawText()));
    }

    private static bool Includes(JsonElement type, string name) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => t.GetString() == name) : type.GetString() == name;

    private Regex GetRegex(string pattern)
    {
        lock (gate)
        {
            if (!patterns.TryGetValue(pattern, out var regex))
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                patterns[pattern] = regex;
            }

            return regex;
        }
    }

    private static int CountRunes(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "?";

    private static string KindName(JsonNode? instance, JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => IsIntegral(instance!) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Shorten(string value)
    {
        var builder = new StringBuilder(value.Length > 40 ? value[..40] + "…" : value);
        return builder.ToString();
    }
}
