using System.Globalization;
using Microsoft.Extensions.Logging;
using StoryBot.Commands;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Rest;
using DiscordCommandOptionType = StoryBot.Discord.Interactions.Commands.CommandOptionType;

namespace StoryBot.DiscordBridge;

/// <summary>
/// The single Discord interaction handler: translates a Discord interaction into the feature contract, lets the
/// <see cref="CommandRouter"/> answer, and translates the reply back. Features never see Discord types.
/// </summary>
public sealed partial class DiscordInteractionBridge(CommandRouter router, CommandCatalog catalog, IDiscordRestClient rest, ILogger<DiscordInteractionBridge> logger) : IInteractionHandler
{
    public bool DefersEphemerally(InteractionContext context) =>
        context is { CommandName: { } name, Subcommand: { } subcommand } && catalog.Find(name)?.DeferEphemerally.Contains(subcommand) == true;

    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var commandContext = await ToCommandContextAsync(context, cancellationToken).ConfigureAwait(false);
        switch (context.Type)
        {
            case InteractionType.ApplicationCommand:
                var invocation = new SlashCommandInvocation(commandContext, context.CommandName ?? string.Empty, context.Subcommand, ToOptions(context.Options, context.Attachments));
                return ToResponse(await router.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false), component: false);
            case InteractionType.MessageComponent:
                var press = new ComponentInvocation(commandContext, context.CustomId ?? string.Empty, context.MessageId ?? 0);
                return ToResponse(await router.DispatchAsync(press, cancellationToken).ConfigureAwait(false), component: true);
            case InteractionType.ApplicationCommandAutocomplete:
                var focused = context.FocusedOption;
                var others = context.Options.Where(o => !o.Focused).ToList();
                var typing = new AutocompleteInvocation(commandContext, context.CommandName ?? string.Empty, context.Subcommand,
                    focused?.Name ?? string.Empty, focused?.RawValue ?? string.Empty, ToOptions(others));
                var choices = await router.SuggestAsync(typing, cancellationToken).ConfigureAwait(false);
                return InteractionResponse.Autocomplete(choices.Select(c => new AutocompleteChoice(c.Name,
                    Convert.ToString(c.Value, CultureInfo.InvariantCulture) ?? string.Empty)));
            default:
                return InteractionResponse.Ephemeral("I can't handle that kind of interaction.");
        }
    }

    public static InteractionResponse ToResponse(BotReply reply, bool component)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Kind switch
        {
            BotReplyKind.Acknowledge when component => InteractionResponse.Acknowledge(),
            BotReplyKind.UpdateMessage when component => InteractionResponse.Update(DiscordMessageMapper.ToProperties(reply.Message!)),
            _ when reply.Message is not null => InteractionResponse.Reply(DiscordMessageMapper.ToProperties(reply.Message)),
            _ => InteractionResponse.Ephemeral("Done."),
        };
    }

    public static CommandOptions ToOptions(IEnumerable<InteractionOption> options) => ToOptions(options, new Dictionary<ulong, InteractionAttachment>());

    /// <summary>
    /// The options as the feature contract's values; an attachment option becomes the <see cref="BotAttachment"/> the
    /// interaction's resolved data describes (and is dropped when it names none).
    /// </summary>
    public static CommandOptions ToOptions(IEnumerable<InteractionOption> options, IReadOnlyDictionary<ulong, InteractionAttachment> attachments)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(attachments);
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            object? value = option.Type switch
            {
                DiscordCommandOptionType.Integer => long.TryParse(option.RawValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
                DiscordCommandOptionType.Number => double.TryParse(option.RawValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
                DiscordCommandOptionType.Boolean => bool.TryParse(option.RawValue, out var b) ? b : null,
                DiscordCommandOptionType.User or DiscordCommandOptionType.Channel or DiscordCommandOptionType.Role or DiscordCommandOptionType.Mentionable =>
                    ulong.TryParse(option.RawValue, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null,
                DiscordCommandOptionType.Attachment =>
                    ulong.TryParse(option.RawValue, NumberStyles.None, CultureInfo.InvariantCulture, out var fileId) && attachments.TryGetValue(fileId, out var file)
                        ? new BotAttachment(file.FileName, file.Size, file.Url)
                        : null,
                _ => option.RawValue,
            };
            if (value is not null)
            {
                values[option.Name] = value;
            }
        }

        return new CommandOptions(values);
    }

    private async Task<CommandContext> ToCommandContextAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var permissions = context.MemberPermissions is { } p ? (BotPermissions)(long)((ulong)p & 0x7FFF_FFFF_FFFF_FFFF) : BotPermissions.None;
        var user = new BotUser(context.User.Id, context.User.DisplayName, permissions);
        var nsfw = context.ChannelNsfw;
        if (nsfw is null && context.GuildId is not null && context.ChannelId is { } channelId && context.Type != InteractionType.ApplicationCommandAutocomplete)
        {
            // The interaction's partial channel normally carries nsfw; if not, ask (never assume NSFW).
            try
            {
                nsfw = (await rest.GetChannelAsync(channelId, cancellationToken).ConfigureAwait(false)).Nsfw;
            }
            catch (DiscordRestException exception)
            {
                LogChannelLookupFailed(exception, channelId);
            }
        }

        return new CommandContext(user, context.GuildId, context.ChannelId ?? 0) { ChannelIsNsfw = nsfw ?? false };
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read channel {ChannelId}; treating it as not NSFW")]
    private partial void LogChannelLookupFailed(Exception exception, ulong channelId);
}
