using System.Globalization;
using System.Text.Json;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Interactions;

/// <summary>Builds an <see cref="InteractionContext"/> from INTERACTION_CREATE data.</summary>
internal static class InteractionContextFactory
{
    public static InteractionContext Create(InteractionJson json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var user = json.Member?.User?.ToUser() ?? json.User?.ToUser() ?? new DiscordUser(0, "unknown", null);
        string? group = null;
        string? sub = null;
        var leaves = new List<InteractionOption>();
        if (json.Data?.Options is { } options)
        {
            Flatten(options, leaves, ref group, ref sub);
        }

        return new InteractionContext(json.Id, json.ApplicationId, (InteractionType)json.Type, json.Token, user)
        {
            GuildId = json.GuildId,
            ChannelId = json.ChannelId ?? json.Channel?.Id,
            ChannelNsfw = json.Channel?.Nsfw,
            MemberPermissions = json.Member?.Permissions is { } p ? (Permissions)p : null,
            MemberRoleIds = json.Member?.Roles ?? [],
            Locale = json.Locale,
            CommandName = json.Data?.Name,
            SubcommandGroup = group,
            Subcommand = sub,
            Options = leaves,
            CustomId = json.Data?.CustomId,
            Attachments = Attachments(json.Data?.Resolved),
            MessageId = json.Message?.Id,
        };
    }

    private static Dictionary<ulong, InteractionAttachment> Attachments(ResolvedJson? resolved)
    {
        var attachments = new Dictionary<ulong, InteractionAttachment>();
        foreach (var (key, attachment) in resolved?.Attachments ?? [])
        {
            if (ulong.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                attachments[id] = new InteractionAttachment(id, attachment.Filename, attachment.Size, attachment.Url, attachment.ContentType);
            }
        }

        return attachments;
    }

    private static void Flatten(List<InteractionOptionJson> options, List<InteractionOption> leaves, ref string? group, ref string? sub)
    {
        foreach (var option in options)
        {
            switch ((CommandOptionType)option.Type)
            {
                case CommandOptionType.SubcommandGroup:
                    group = option.Name;
                    if (option.Options is { } groupOptions)
                    {
                        Flatten(groupOptions, leaves, ref group, ref sub);
                    }

                    break;
                case CommandOptionType.Subcommand:
                    sub = option.Name;
                    if (option.Options is { } subOptions)
                    {
                        Flatten(subOptions, leaves, ref group, ref sub);
                    }

                    break;
                default:
                    leaves.Add(new InteractionOption(option.Name, (CommandOptionType)option.Type, Text(option.Value), option.Focused ?? false));
                    break;
            }
        }
    }

    private static string Text(JsonElement? value) => value switch
    {
        null => "",
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { ValueKind: JsonValueKind.True } => bool.TrueString,
        { ValueKind: JsonValueKind.False } => bool.FalseString,
        { ValueKind: JsonValueKind.Number } v => v.TryGetInt64(out var l) ? l.ToString(CultureInfo.InvariantCulture) : v.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        { } v => v.GetRawText(),
    };
}
