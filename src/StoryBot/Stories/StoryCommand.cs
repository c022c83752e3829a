using StoryBot.Commands;

namespace StoryBot.Stories;

/// <summary><c>/story list [page]</c> and <c>/story info story:</c>.</summary>
public sealed class StoryCommand(StoryListPage list, StoryInfoBuilder info) : ISlashCommandHandler
{
    public const string Name = "story";

    public SlashCommandDefinition Definition { get; } = new(Name, "Browse the stories in the library.")
    {
        HelpOrder = 20,
        Options =
        [
            CommandOptionDefinition.Subcommand("list", "List every story with its author, rating, chapters and words",
                CommandOptionDefinition.Integer("page", "Page number", min: 1, max: 1000)),
            CommandOptionDefinition.Subcommand("info", "A story's summary, chapters, words and the characters who speak most",
                CommandOptionDefinition.String("story", "The story", required: true, autocomplete: true) with { MaxLength = 100 }),
        ],
    };

    public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return invocation.Subcommand switch
        {
            "list" => list.BuildAsync((int)(invocation.Options.GetInteger("page") ?? 1), invocation.Context, cancellationToken),
            "info" when invocation.Options.GetString("story") is { } story => info.BuildAsync(story, invocation.Context, cancellationToken),
            "info" => Task.FromResult(BotReply.Ephemeral("Which story? Use `/story info story:` and pick one from the suggestions.")),
            _ => Task.FromResult(BotReply.Ephemeral("Use `/story list` or `/story info story:`.")),
        };
    }
}
