using System.Text.Json;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Characters;

/// <summary>The characters of a story or seed folder, from characters.json.</summary>
public sealed class CharacterList
{
    private NameMatcher? _matcher;
    private Dictionary<string, int>? _ranks;

    public CharacterList(IReadOnlyList<Character> characters)
    {
        ArgumentNullException.ThrowIfNull(characters);
        Characters = characters;
    }

    public static CharacterList Empty { get; } = new([]);

    public IReadOnlyList<Character> Characters { get; }

    /// <summary>Matches names in text to characters; built once, on first use.</summary>
    public NameMatcher Matcher => _matcher ??= new NameMatcher(Characters);

    /// <summary>Rank → the one character that carries it (see <see cref="Attribution.TitleEpithets"/>); built once, on first use, never changed.</summary>
    internal Dictionary<string, int> Ranks => _ranks ??= Attribution.TitleEpithets.Build(Characters);

    /// <summary>Parses <c>{"characters":[{"name":"…","aliases":["…"],"gender":"male"}]}</c>.</summary>
    /// <exception cref="FormatException">The JSON is malformed or does not have that shape; the message says where.</exception>
    public static CharacterList Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"characters.json is not valid JSON (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}).", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !TryGetProperty(root, "characters", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("characters.json must be an object with a \"characters\" array: {\"characters\":[{\"name\":\"…\"}]}.");
            }

            var characters = new List<Character>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var character = ReadCharacter(item, index);
                if (!names.Add(character.Name))
                {
                    throw new FormatException($"characters[{index}]: the name \"{character.Name}\" is listed twice; merge the two entries.");
                }

                characters.Add(character);
                index++;
            }

            return new CharacterList(characters);
        }
    }

    private static Character ReadCharacter(JsonElement item, int index)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"characters[{index}] must be an object with a \"name\".");
        }

        if (!TryGetProperty(item, "name", out var nameElement) || nameElement.ValueKind != JsonValueKind.String ||
            string.IsNullOrWhiteSpace(nameElement.GetString()))
        {
            throw new FormatException($"characters[{index}] needs a non-empty string \"name\".");
        }

        var name = nameElement.GetString()!.Trim();
        var aliases = new List<string>();
        if (TryGetProperty(item, "aliases", out var aliasElement) && aliasElement.ValueKind != JsonValueKind.Null)
        {
            if (aliasElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"characters[{index}] ({name}): \"aliases\" must be an array of strings.");
            }

            foreach (var alias in aliasElement.EnumerateArray())
            {
                if (alias.ValueKind != JsonValueKind.String)
                {
                    throw new FormatException($"characters[{index}] ({name}): every alias must be a string.");
                }

                var value = alias.GetString()!.Trim();
                if (value.Length > 0 && !aliases.Contains(value, StringComparer.Ordinal))
                {
                    aliases.Add(value);
                }
            }
        }

        var gender = Gender.Unknown;
        if (TryGetProperty(item, "gender", out var genderElement) && genderElement.ValueKind != JsonValueKind.Null)
        {
            gender = (genderElement.ValueKind == JsonValueKind.String ? ParseGender(genderElement.GetString()) : null)
                ?? throw new FormatException($"characters[{index}] ({name}): \"gender\" must be \"male\", \"female\" or \"unknown\".");
        }

        return new Character(name, aliases, gender);
    }

    private static Gender? ParseGender(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        "MALE" or "M" => Gender.Male,
        "FEMALE" or "F" => Gender.Female,
        "UNKNOWN" or "" => Gender.Unknown,
        _ => null,
    };

    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
