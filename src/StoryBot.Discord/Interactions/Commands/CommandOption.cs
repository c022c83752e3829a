namespace StoryBot.Discord.Interactions.Commands;

/// <summary>An option (or subcommand) of an application command.</summary>
public sealed record CommandOption
{
    /// <summary>Creates an option.</summary>
    public CommandOption(CommandOptionType type, string name, string description)
    {
        Type = type;
        Name = name;
        Description = description;
    }

    /// <summary>Option type.</summary>
    public CommandOptionType Type { get; init; }

    /// <summary>1–32 lowercase characters.</summary>
    public string Name { get; init; }

    /// <summary>1–100 characters.</summary>
    public string Description { get; init; }

    /// <summary>Whether the option is required (only on leaf options).</summary>
    public bool Required { get; init; }

    /// <summary>Ask the bot for suggestions while typing (string/integer/number; not with <see cref="Choices"/>).</summary>
    public bool Autocomplete { get; init; }

    /// <summary>Fixed choices (at most 25).</summary>
    public IReadOnlyList<CommandChoice> Choices { get; init; } = [];

    /// <summary>Nested options for subcommands and groups.</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>Minimum for integer/number options.</summary>
    public double? MinValue { get; init; }

    /// <summary>Maximum for integer/number options.</summary>
    public double? MaxValue { get; init; }

    /// <summary>Minimum length for string options.</summary>
    public int? MinLength { get; init; }

    /// <summary>Maximum length for string options.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For channel options: the channel types offered (0 = text, 5 = announcement); empty = every type.</summary>
    public IReadOnlyList<int> ChannelTypes { get; init; } = [];
}
