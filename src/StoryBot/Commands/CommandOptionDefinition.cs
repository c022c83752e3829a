namespace StoryBot.Commands;

/// <summary>
/// One option of a slash command, or a subcommand (type <see cref="CommandOptionType.Subcommand"/> with its own
/// <see cref="Options"/>). Names are 1–32 lowercase characters; descriptions 1–100 characters. Required options
/// come before optional ones. Autocomplete and Choices are mutually exclusive.
/// </summary>
public sealed record CommandOptionDefinition(string Name, string Description, CommandOptionType Type)
{
    public bool Required { get; init; }
    public bool Autocomplete { get; init; }
    public IReadOnlyList<BotChoice> Choices { get; init; } = [];
    public IReadOnlyList<CommandOptionDefinition> Options { get; init; } = [];
    public double? MinValue { get; init; }
    public double? MaxValue { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>For <see cref="CommandOptionType.Channel"/>: allowed Discord channel types (0 = text, 5 = announcement).</summary>
    public IReadOnlyList<int> ChannelTypes { get; init; } = [];

    public static CommandOptionDefinition Subcommand(string name, string description, params IReadOnlyList<CommandOptionDefinition> options) =>
        new(name, description, CommandOptionType.Subcommand) { Options = options };

    public static CommandOptionDefinition String(string name, string description, bool required = false, bool autocomplete = false) =>
        new(name, description, CommandOptionType.String) { Required = required, Autocomplete = autocomplete };

    public static CommandOptionDefinition Attachment(string name, string description, bool required = false) =>
        new(name, description, CommandOptionType.Attachment) { Required = required };

    public static CommandOptionDefinition Integer(string name, string description, bool required = false, long? min = null, long? max = null) =>
        new(name, description, CommandOptionType.Integer) { Required = required, MinValue = min, MaxValue = max };
}
