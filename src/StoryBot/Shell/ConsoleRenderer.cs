using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>
/// Renders a <see cref="BotMessage"/> as plain text: content, each embed (title, author, description, fields,
/// footer), and buttons as numbered choices <c>[1] ◀ Previous</c>. Markdown escapes are removed so text reads
/// naturally; **bold** stays visible. <paramref name="formatted"/> shows Discord's inline markup (timestamps) and is
/// applied only where Discord renders it: the content, embed descriptions and field values — never titles, author
/// names, field names or footers, where Discord shows the raw text.
/// </summary>
public static partial class ConsoleRenderer
{
    public static string Render(BotMessage message, IReadOnlyList<BotButton> numberedButtons, Func<string, string>? formatted = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(numberedButtons);
        formatted ??= static text => text;
        var text = new StringBuilder();
        if (message.Ephemeral)
        {
            text.AppendLine("(only you can see this)");
        }

        if (!string.IsNullOrEmpty(message.Content))
        {
            text.AppendLine(formatted(Plain(message.Content)));
        }

        foreach (var embed in message.Embeds)
        {
            text.AppendLine("┌─ " + Plain(embed.Title ?? string.Empty));
            if (embed.Author is not null)
            {
                text.AppendLine("│ by " + Plain(embed.Author));
            }

            foreach (var field in embed.Fields)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"│ {Plain(field.Name)}: {formatted(Plain(field.Value)).ReplaceLineEndings("\n│   ")}");
            }

            if (!string.IsNullOrEmpty(embed.Description))
            {
                text.AppendLine("│");
                foreach (var line in formatted(Plain(embed.Description)).Split('\n'))
                {
                    text.AppendLine(line.Length == 0 ? "│" : "│ " + line);
                }
            }

            if (embed.Footer is not null)
            {
                text.AppendLine("│");
                text.AppendLine("│ " + Plain(embed.Footer));
            }

            if (embed.Url is not null)
            {
                text.AppendLine("│ " + embed.Url);
            }

            text.AppendLine("└─");
        }

        var buttons = message.Components.SelectMany(row => row.Buttons).ToList();
        if (buttons.Count > 0)
        {
            var parts = buttons.Select(button =>
            {
                var label = (button.Emoji is null ? string.Empty : button.Emoji + " ") + button.Label;
                if (button.Url is not null)
                {
                    return $"({label}: {button.Url})";
                }

                var number = IndexOf(numberedButtons, button) + 1;
                return number == 0 ? $"({label})" : button.Disabled ? $"[{number}] {label} (disabled)" : $"[{number}] {label}";
            });
            text.AppendLine(string.Join("  ", parts));
        }

        return text.ToString().TrimEnd('\n', '\r');
    }

    /// <summary>Undoes <see cref="Markdown.Escape"/> for display and drops zero-width spaces.</summary>
    public static string Plain(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        return Escapes().Replace(markdown, "$1").Replace(Markdown.ZeroWidthSpace.ToString(), string.Empty, StringComparison.Ordinal);
    }

    private static int IndexOf(IReadOnlyList<BotButton> buttons, BotButton button)
    {
        for (var i = 0; i < buttons.Count; i++)
        {
            if (ReferenceEquals(buttons[i], button))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"\\([\\*_~`|>\[\]#.\-+])")]
    private static partial Regex Escapes();
}
