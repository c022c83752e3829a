using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Data;

namespace StoryBot.Excerpts;

/// <summary><c>/excerpt [story] [chapter] [character] [search]</c>.</summary>
public sealed class ExcerptCommand(ExcerptFinder finder, ExcerptPageBuilder pages, StoryDbContext db) : ISlashCommandHandler
{
    public const string Name = "excerpt";

    public SlashCommandDefinition Definition { get; } = new(Name, "Read a passage: random, from a story or chapter, where a character speaks, or matching words.")
    {
        HelpOrder = 10,
        Options =
        [
            CommandOptionDefinition.String("story", "The story to read from", autocomplete: true) with { MaxLength = 100 },
            CommandOptionDefinition.Integer("chapter", "Chapter number (starts at the beginning of the chapter; 0 is a prologue)", min: 0, max: 100_000),
            CommandOptionDefinition.String("character", "A passage where this character speaks (or, failing that, is named)", autocomplete: true) with { MaxLength = 100 },
            CommandOptionDefinition.String("search", "Words to find (\"a phrase\" in quotes); the best match, words in bold") with { MaxLength = 200 },
        ],
    };

    public async Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var options = invocation.Options;
        var request = new ExcerptRequest(options.GetString("story"), options.GetInteger("chapter"), options.GetString("character"), options.GetString("search"));

        // One open for the whole command (finder and page builder share the scope's context): EF Core would otherwise
        // open and close the connection, with its pragmas, around each of the five to eight queries.
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var found = await finder.FindAsync(request, invocation.Context, cancellationToken).ConfigureAwait(false);
            return found.Location is null
                ? found.Problem!
                : await pages.BuildAsync(found.Location, found.Highlight, found.Note, invocation.Context, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
