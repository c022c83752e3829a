using System.Globalization;
using System.Text.Json;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Rest;

/// <summary>Maps public message/command models to their JSON bodies. Every message body gets allowed_mentions.</summary>
internal static class MessageBodyMapper
{
    public const int EphemeralFlag = 1 << 6;

    /// <summary>A message body; <paramref name="includeFlags"/> is false for edits and channel messages (flags cannot change there).</summary>
    public static MessageBodyJson ToJson(MessageProperties message, bool includeFlags)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new MessageBodyJson
        {
            Content = message.Content,
            Embeds = [.. message.Embeds.Select(ToJson)],
            Components = [.. message.Components.Select(ToJson)],
            AllowedMentions = AllowedMentions(message.AllowedRoleMention),
            Flags = includeFlags && message.Ephemeral ? EphemeralFlag : null,
        };
    }

    /// <summary><c>{"parse":[]}</c>, or <c>{"parse":[],"roles":["id"]}</c> when one role may be pinged.</summary>
    public static AllowedMentionsJson AllowedMentions(ulong? roleId) =>
        new() { Parse = [], Roles = roleId is { } id ? [id] : null };

    /// <summary>
    /// At most 25 choices (receiving-and-responding.mdx), each with a 1–100 character name and a 1–100 character value
    /// (application-commands.mdx "1-100 character choice name", "up to 100 characters if string"). A blank name shows
    /// the value; a value that is empty or too long is left out (cut, it would name something else).
    /// </summary>
    public static AutocompleteCallbackJson ToAutocomplete(IReadOnlyList<AutocompleteChoice> choices) => new()
    {
        Type = 8,
        Data = new AutocompleteDataJson
        {
            Choices = [.. choices
                .Where(c => !string.IsNullOrEmpty(c.Value) && c.Value.Length <= DiscordLimits.ChoiceName)
                .Take(DiscordLimits.AutocompleteChoices)
                .Select(c => new CommandChoiceJson
                {
                    Name = TextTruncation.Truncate(string.IsNullOrWhiteSpace(c.Name) ? c.Value : c.Name.Trim(), DiscordLimits.ChoiceName),
                    Value = StringElement(c.Value),
                })],
        },
    };

    public static ApplicationCommandJson ToJson(ApplicationCommandDefinition command)
    {
        ArgumentNullException.ThrowIfNull(command);
        return new ApplicationCommandJson
        {
            Type = 1,
            Name = command.Name,
            Description = command.Description,
            Options = command.Options.Count == 0 ? null : [.. command.Options.Select(ToJson)],
            DefaultMemberPermissions = command.DefaultMemberPermissions is { } p ? (ulong)p : null,
            Nsfw = command.Nsfw ? true : null,
            Contexts = command.AllowInDms ? [0, 1] : [0],
            IntegrationTypes = [0],
        };
    }

    private static CommandOptionJson ToJson(CommandOption option) => new()
    {
        Type = (int)option.Type,
        Name = option.Name,
        Description = option.Description,
        Required = option.Required ? true : null,
        Autocomplete = option.Autocomplete ? true : null,
        Choices = option.Choices.Count == 0 ? null : [.. option.Choices.Select(ToJson)],
        Options = option.Options.Count == 0 ? null : [.. option.Options.Select(ToJson)],
        MinValue = option.MinValue,
        MaxValue = option.MaxValue,
        MinLength = option.MinLength,
        MaxLength = option.MaxLength,
        ChannelTypes = option.ChannelTypes.Count == 0 ? null : [.. option.ChannelTypes],
    };

    private static CommandChoiceJson ToJson(CommandChoice choice) => new()
    {
        Name = choice.Name,
        Value = choice.Value switch
        {
            string s => StringElement(s),
            int i => JsonSerializer.SerializeToElement((long)i, DiscordJsonContext.Default.Int64),
            long l => JsonSerializer.SerializeToElement(l, DiscordJsonContext.Default.Int64),
            double d => JsonSerializer.SerializeToElement(d, DiscordJsonContext.Default.Double),
            _ => StringElement(Convert.ToString(choice.Value, CultureInfo.InvariantCulture) ?? ""),
        },
    };

    private static JsonElement StringElement(string value) => JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String);

    private static EmbedJson ToJson(EmbedProperties embed) => new()
    {
        Title = embed.Title,
        Description = embed.Description,
        Url = embed.Url,
        Color = embed.Color,
        Timestamp = embed.Timestamp,
        Footer = embed.Footer is null ? null : new EmbedFooterJson { Text = embed.Footer },
        Author = embed.Author is null ? null : new EmbedAuthorJson { Name = embed.Author },
        Thumbnail = embed.ThumbnailUrl is null ? null : new EmbedImageJson { Url = embed.ThumbnailUrl },
        Fields = embed.Fields.Count == 0 ? null : [.. embed.Fields.Select(f => new EmbedFieldJson { Name = f.Name, Value = f.Value, Inline = f.Inline ? true : null })],
    };

    private static ActionRowJson ToJson(ActionRowProperties row) => new()
    {
        Type = 1,
        Components = [.. row.Buttons.Select(b => new ButtonJson
        {
            Type = 2,
            Style = (int)b.Style,
            Label = b.Label,
            CustomId = b.CustomId,
            Url = b.Url,
            Disabled = b.Disabled ? true : null,
        })],
    };
}
