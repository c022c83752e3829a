using System.Globalization;
using System.Text;
using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>
/// Reads <c>/excerpt character:Naruto search:nine tails</c> the way Discord's client fills options: an option is
/// <c>name:value</c>, and a value runs until the next known <c>name:</c> (so values may contain spaces);
/// quotes (<c>story:"Team 7"</c>) also work. Values are converted to the option's type.
/// </summary>
public static class SlashCommandLineParser
{
    public static ParsedCommandLine Parse(string line, IReadOnlyList<SlashCommandDefinition> commands)
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

            var converted = Convert(definition, text);
            if (converted is null)
            {
                return ParsedCommandLine.Invalid($"{definition.Name}: expects {Describe(definition.Type)}, not '{text}'.");
            }

            result[definition.Name] = converted;
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
