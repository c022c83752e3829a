using System.Globalization;
using System.Text;
using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>
/// Reads <c>/excerpt character:Naruto search:nine tails</c> the way Discord's client fills options: an option is
/// <c>name:value</c>, and a value runs until the next known <c>name:</c> (so values may contain spaces). Quotes are
/// part of the value, as in Discord (<c>search:"nine tails"</c> searches a phrase). Values are converted to the
/// option's type and checked as Discord's client checks them: choices, minimum and maximum, length. A user option
/// takes a name (<paramref name="users"/> gives its id), a mention or an id.
/// </summary>
public static class SlashCommandLineParser
{
    public static ParsedCommandLine Parse(string line, IReadOnlyList<SlashCommandDefinition> commands, Func<string, ulong>? users = null)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(commands);
        var tokens = Tokenize(line.Trim().TrimStart('/'));
        if (tokens.Count == 0)
        {
            return ParsedCommandLine.Invalid("Type a command such as /help.");
        }

        var command = commands.FirstOrDefault(c => string.Equals(c.Name, tokens[0], StringComparison.OrdinalIgnoreCase));
        if (command is null)
        {
            return ParsedCommandLine.Invalid($"I don't know the command /{tokens[0]}. Type /help to see what I can do.");
        }

        var index = 1;
        string? subcommand = null;
        IReadOnlyList<CommandOptionDefinition> options = command.Options;
        var subcommands = command.Options.Where(o => o.Type is CommandOptionType.Subcommand).ToList();
        if (subcommands.Count > 0)
        {
            var chosen = index < tokens.Count
                ? subcommands.FirstOrDefault(s => string.Equals(s.Name, tokens[index], StringComparison.OrdinalIgnoreCase))
                : null;
            if (chosen is null)
            {
                return ParsedCommandLine.Invalid($"/{command.Name} needs one of: {string.Join(", ", subcommands.Select(s => s.Name))}.");
            }

            subcommand = chosen.Name;
            options = chosen.Options;
            index++;
        }

        var values = new Dictionary<string, StringBuilder>(StringComparer.Ordinal);
        StringBuilder? current = null;
        for (; index < tokens.Count; index++)
        {
            var token = tokens[index];
            var colon = token.IndexOf(':', StringComparison.Ordinal);
            var option = colon > 0
                ? options.FirstOrDefault(o => string.Equals(o.Name, token[..colon], StringComparison.OrdinalIgnoreCase))
                : null;
            if (option is not null)
            {
                current = new StringBuilder(token[(colon + 1)..]);
                values[option.Name] = current;
            }
            else if (current is not null)
            {
                current.Append(' ').Append(token);
            }
            else
            {
                var known = options.Count == 0 ? "it takes no options" : "options: " + string.Join(", ", options.Select(o => o.Name + ":"));
                return ParsedCommandLine.Invalid($"I can't read '{token}' — write options as name:value ({known}).");
            }
        }

        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var definition in options)
        {
            if (!values.TryGetValue(definition.Name, out var raw) || raw.ToString().Trim() is not { Length: > 0 } text)
            {
                if (definition.Required)
                {
                    return ParsedCommandLine.Invalid($"/{command.Name}{(subcommand is null ? "" : " " + subcommand)} needs {definition.Name}: ({definition.Description}).");
                }

                continue;
            }

            var converted = definition.Type == CommandOptionType.User && users is not null && !LooksLikeId(text)
                ? (object)users(text)
                : Convert(definition, text);
            if (converted is null)
            {
                return ParsedCommandLine.Invalid($"{definition.Name}: expects {Describe(definition.Type)}, not '{text}'.");
            }

            if (Check(definition, converted) is { } problem)
            {
                return ParsedCommandLine.Invalid(problem);
            }

            result[definition.Name] = definition.Choices.Count > 0 ? Choice(definition, converted)! : converted;
        }

        return new ParsedCommandLine(command.Name, subcommand, result);
    }

    private static object? Convert(CommandOptionDefinition definition, string text) => definition.Type switch
    {
        CommandOptionType.Integer => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
        CommandOptionType.Number => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        CommandOptionType.Boolean => text.ToUpperInvariant() switch
        {
            "TRUE" or "YES" or "ON" => true,
            "FALSE" or "NO" or "OFF" => false,
            _ => null,
        },
        CommandOptionType.User or CommandOptionType.Channel or CommandOptionType.Role or CommandOptionType.Mentionable =>
            ulong.TryParse(text.Trim('<', '>', '@', '#', '&', '!'), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
        _ => text,
    };

    private static bool LooksLikeId(string text) =>
        ulong.TryParse(text.Trim('<', '>', '@', '!'), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <summary>What Discord's client would refuse: a value not among the choices, out of range, too long.</summary>
    private static string? Check(CommandOptionDefinition definition, object value)
    {
        if (definition.Choices.Count > 0 && Choice(definition, value) is null)
        {
            return $"{definition.Name}: must be one of {string.Join(", ", definition.Choices.Select(c => $"{c.Value} ({c.Name})"))}, not '{value}'.";
        }

        if (value is long or double)
        {
            var number = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
            if ((definition.MinValue is { } min && number < min) || (definition.MaxValue is { } max && number > max))
            {
                return string.Create(CultureInfo.InvariantCulture, $"{definition.Name}: must be between {definition.MinValue ?? double.MinValue} and {definition.MaxValue ?? double.MaxValue}, not {value}.");
            }
        }

        if (value is string text && ((definition.MaxLength is { } longest && text.Length > longest) || (definition.MinLength is { } shortest && text.Length < shortest)))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{definition.Name}: must be {definition.MinLength ?? 0} to {definition.MaxLength} characters long.");
        }

        return null;
    }

    /// <summary>The choice's value for a typed value or choice name (case-insensitive); null when none matches.</summary>
    private static object? Choice(CommandOptionDefinition definition, object value)
    {
        var typed = System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
        var choice = definition.Choices.FirstOrDefault(c => string.Equals(System.Convert.ToString(c.Value, CultureInfo.InvariantCulture), typed, StringComparison.OrdinalIgnoreCase))
            ?? definition.Choices.FirstOrDefault(c => string.Equals(c.Name, typed, StringComparison.OrdinalIgnoreCase));
        return choice is null ? null : value is long ? System.Convert.ToInt64(choice.Value, CultureInfo.InvariantCulture) : choice.Value;
    }

    private static string Describe(CommandOptionType type) => type switch
    {
        CommandOptionType.Integer => "a whole number",
        CommandOptionType.Number => "a number",
        CommandOptionType.Boolean => "true or false",
        _ => "an id",
    };

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var builder = new StringBuilder();
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
                builder.Append(c);
            }
            else if (char.IsWhiteSpace(c) && !quoted)
            {
                if (builder.Length > 0)
                {
                    tokens.Add(builder.ToString());
                    builder.Clear();
                }
            }
            else
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 0)
        {
            tokens.Add(builder.ToString());
        }

        return tokens;
    }
}
