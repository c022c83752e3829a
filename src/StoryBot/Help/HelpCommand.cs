using System.Text;
using StoryBot.Commands;
using StoryBot.Excerpts;

namespace StoryBot.Help;

/// <summary>/help: every registered command (and subcommand) with one line each, built from their definitions.</summary>
public sealed class HelpCommand(CommandCatalog catalog, ICommandMentions mentions) : ISlashCommandHandler
{
    public const string Name = "help";

    public SlashCommandDefinition Definition { get; } = new(Name, "Show every command with one line each.") { HelpOrder = 1000, ReadsLibrary = false };

    public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var text = new StringBuilder();
        foreach (var line in Lines(catalog.Commands, invocation.Context, mentions))
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n').Append("Search a word with `/excerpt search:").Append(ExcerptExamples.SearchWord)
            .Append("`, a phrase in quotes with `/excerpt search:").Append(ExcerptExamples.SearchPhrase).Append("`.\n");

        var embed = new BotEmbed
        {
            Title = "📖 StoryBot commands",
            Description = text.ToString().TrimEnd(),
            Color = 0x5865F2,
            Footer = "Mature and Explicit stories are shared only in NSFW channels and DMs.",
        };
        return Task.FromResult(BotReply.Ephemeral(new BotMessage { Embeds = [embed] }));
    }

    /// <summary>
    /// One line per command or subcommand the user may use: <c>`/story info story:` — …</c>, or on Discord a clickable
    /// <c>&lt;/story info:id&gt; `story:` — …</c>.
    /// </summary>
    public static IEnumerable<string> Lines(IReadOnlyList<SlashCommandDefinition> commands, CommandContext context, ICommandMentions? mentions = null)
    {
        mentions ??= new PlainCommandMentions();
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(context);
        foreach (var command in commands)
        {
            if (command.DefaultMemberPermissions is { } needed && needed != BotPermissions.None && !context.User.Has(needed) && !context.IsDirectMessage)
            {
                continue;
            }

            if (context.IsDirectMessage && !command.AllowInDirectMessages)
            {
                continue;
            }

            var subcommands = command.Options.Where(o => o.Type == CommandOptionType.Subcommand).ToList();
            if (subcommands.Count == 0)
            {
                yield return $"{mentions.Format(command.Name, Usage(command.Options))} — {command.Description}";
                continue;
            }

            foreach (var subcommand in subcommands)
            {
                yield return $"{mentions.Format(command.Name + " " + subcommand.Name, Usage(subcommand.Options))} — {subcommand.Description}";
            }
        }
    }

    private static string Usage(IReadOnlyList<CommandOptionDefinition> options) =>
        string.Concat(options.Select(o => o.Required ? $" {o.Name}:" : $" [{o.Name}]"));
}
