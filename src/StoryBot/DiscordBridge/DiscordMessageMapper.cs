using StoryBot.Commands;
using StoryBot.Discord.Messages;

namespace StoryBot.DiscordBridge;

/// <summary>
/// Renders a <see cref="BotMessage"/> for Discord with the client's builders, which enforce every length limit
/// and always send <c>allowed_mentions: {"parse": []}</c> (plus the one allowed role, if any).
/// </summary>
public static class DiscordMessageMapper
{
    public static MessageProperties ToProperties(BotMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var builder = new MessageBuilder().WithContent(message.Content).WithEphemeral(message.Ephemeral);
        if (message.AllowedRoleMention is { } role)
        {
            builder.AllowRoleMention(role);
        }

        foreach (var embed in message.Embeds)
        {
            builder.AddEmbed(e =>
            {
                e.WithTitle(embed.Title).WithDescription(embed.Description).WithUrl(embed.Url).WithFooter(embed.Footer)
                    .WithAuthor(embed.Author).WithTimestamp(embed.Timestamp);
                if (embed.Color is { } color)
                {
                    e.WithColor(color);
                }

                foreach (var field in embed.Fields)
                {
                    e.AddField(field.Name, field.Value, field.Inline);
                }
            });
        }

        foreach (var row in message.Components)
        {
            builder.AddButtonRow(row.Buttons.Select(ToButton));
        }

        return builder.Build();
    }

    private static ButtonProperties ToButton(BotButton button)
    {
        var label = button.Emoji is null ? button.Label : $"{button.Emoji} {button.Label}";
        if (button.Url is not null)
        {
            return ButtonProperties.CreateLink(button.Url, label);
        }

        return ButtonProperties.Create(button.CustomId ?? "none", label, (ButtonStyle)(int)button.Style, button.Disabled);
    }
}
