using System.Globalization;
using StoryBot.Discord.Interactions.Commands;

namespace StoryBot.Discord.Interactions;

/// <summary>
/// Everything a handler needs about one interaction. Built from INTERACTION_CREATE; immutable.
/// <see cref="ToString"/> never includes <see cref="Token"/>.
/// </summary>
public sealed class InteractionContext
{
    /// <summary>Creates a context (tests build these directly).</summary>
    public InteractionContext(
        ulong id,
        ulong applicationId,
        InteractionType type,
        string token,
        DiscordUser user)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(user);
        Id = id;
        ApplicationId = applicationId;
        Type = type;
        Token = token;
        User = user;
    }

    /// <summary>Interaction id.</summary>
    public ulong Id { get; }

    /// <summary>The bot's application id.</summary>
    public ulong ApplicationId { get; }

    /// <summary>Interaction type.</summary>
    public InteractionType Type { get; }

    /// <summary>Continuation token (valid 15 minutes) for follow-ups; secret, never logged.</summary>
    public string Token { get; }

    /// <summary>The invoking user (member.user in guilds, user in DMs).</summary>
    public DiscordUser User { get; }

    /// <summary>Guild, or null in DMs.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>Channel the interaction came from.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>The channel's age-restricted flag when the payload's <c>channel</c> object carries it.</summary>
    public bool? ChannelNsfw { get; init; }

    /// <summary>The invoking member's permissions in the channel (null in DMs).</summary>
    public Permissions? MemberPermissions { get; init; }

    /// <summary>Role ids of the invoking member (empty in DMs).</summary>
    public IReadOnlyList<ulong> MemberRoleIds { get; init; } = [];

    /// <summary>The user's locale, e.g. <c>en-US</c>.</summary>
    public string? Locale { get; init; }

    /// <summary>Command name (commands and autocomplete).</summary>
    public string? CommandName { get; init; }

    /// <summary>Subcommand group name, if any.</summary>
    public string? SubcommandGroup { get; init; }

    /// <summary>Subcommand name, if any.</summary>
    public string? Subcommand { get; init; }

    /// <summary>Leaf options (flattened from subcommands).</summary>
    public IReadOnlyList<InteractionOption> Options { get; init; } = [];

    /// <summary>Component custom_id (buttons).</summary>
    public string? CustomId { get; init; }

    /// <summary>Files named by attachment options, by attachment id (the interaction's resolved data).</summary>
    public IReadOnlyDictionary<ulong, InteractionAttachment> Attachments { get; init; } = new Dictionary<ulong, InteractionAttachment>();

    /// <summary>Id of the message a component was attached to.</summary>
    public ulong? MessageId { get; init; }

    /// <summary>The option being typed (autocomplete only).</summary>
    public InteractionOption? FocusedOption => Options.FirstOrDefault(o => o.Focused);

    /// <summary>True when the member has <paramref name="permission"/> (Administrator implies all).</summary>
    public bool HasPermission(Permissions permission) =>
        MemberPermissions is { } p && ((p & Permissions.Administrator) != 0 || (p & permission) == permission);

    /// <summary>The option's text value, or null.</summary>
    public string? GetString(string name) => Find(name)?.RawValue;

    /// <summary>The option's integer value, or null.</summary>
    public long? GetInteger(string name) =>
        Find(name) is { } o && long.TryParse(o.RawValue, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The option's number value, or null.</summary>
    public double? GetNumber(string name) =>
        Find(name) is { } o && double.TryParse(o.RawValue, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The option's boolean value, or null.</summary>
    public bool? GetBoolean(string name) => Find(name) is { } o && bool.TryParse(o.RawValue, out var v) ? v : null;

    /// <summary>The option's id value (user, channel, role, mentionable), or null.</summary>
    public ulong? GetId(string name) =>
        Find(name) is { } o && ulong.TryParse(o.RawValue, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>A log-safe description (no token).</summary>
    public override string ToString() =>
        $"interaction {Id} ({Type}{(CommandName is null ? "" : " /" + CommandName)}{(Subcommand is null ? "" : " " + Subcommand)}{(CustomId is null ? "" : " custom_id=" + CustomId)}) by {User.Id} in guild {GuildId?.ToString(CultureInfo.InvariantCulture) ?? "DM"}";

    private InteractionOption? Find(string name) =>
        Options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.Ordinal));

    internal static CommandOptionType ParseOptionType(int value) => (CommandOptionType)value;
}
