using StoryBot.Commands;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary>
/// <c>/library add|characters|list|remove|shared|clear</c>: a server's own library, for members with Manage Server
/// (registered with that default permission and checked again here). Uploads are deferred at once as an ephemeral
/// reply and then edited with what was imported.
/// </summary>
public sealed class LibraryCommand(LibraryUploads uploads, GuildLibraryService libraries, LibraryReplies replies) : ISlashCommandHandler
{
    public const string Name = "library";

    public SlashCommandDefinition Definition { get; } = new(Name, "Your server's own stories: upload, list, remove (Manage Server).")
    {
        HelpOrder = 60,
        DefaultMemberPermissions = BotPermissions.ManageGuild,
        AllowInDirectMessages = false,
        DeferEphemerally = ["add", "characters"],
        Options =
        [
            CommandOptionDefinition.Subcommand("add", "Add a story or chapter file (.txt, .md, .html, .epub) to this server's library",
                CommandOptionDefinition.Attachment("file", "The file: a whole work or one chapter", required: true),
                CommandOptionDefinition.String("rating", "Set the story's rating") with
                {
                    Choices = [new BotChoice("General", "general"), new BotChoice("Teen", "teen"), new BotChoice("Mature", "mature"), new BotChoice("Explicit", "explicit")],
                }),
            CommandOptionDefinition.Subcommand("characters", "Upload this server's characters.json; its stories are read again with it",
                CommandOptionDefinition.Attachment("file", "characters.json (names, aliases, gender)"),
                new CommandOptionDefinition("remove", "Remove the list: speakers are found in each story again", CommandOptionType.Boolean)),
            CommandOptionDefinition.Subcommand("list", "This server's own stories and how full its library is",
                CommandOptionDefinition.Integer("page", "Page number", min: 1, max: 1000)),
            CommandOptionDefinition.Subcommand("remove", "Remove one of this server's stories (asks to confirm)",
                CommandOptionDefinition.String("story", "The story", required: true, autocomplete: true) with { MaxLength = 100 }),
            CommandOptionDefinition.Subcommand("shared", "Show or hide the shared library in this server",
                CommandOptionDefinition.String("mode", "show or hide", required: true) with
                {
                    Choices = [new BotChoice("show", "show"), new BotChoice("hide", "hide")],
                }),
            CommandOptionDefinition.Subcommand("clear", "Delete this server's whole library (asks to confirm)"),
        ],
    };

    public async Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var context = invocation.Context;
        if (LibraryAdmin.Refuse(context) is { } refusal)
        {
            return refusal;
        }

        ulong guild = context.GuildId!.Value;
        var options = invocation.Options;
        switch (invocation.Subcommand)
        {
            case "add":
                return await uploads.AddAsync(guild, options.GetAttachment("file"), Rating(options.GetString("rating")), cancellationToken);
            case "characters":
                return await uploads.CharactersAsync(guild, options.GetAttachment("file"), options.GetBoolean("remove") ?? false, cancellationToken);
            case "list":
                return await replies.ListAsync(guild, (int)(options.GetInteger("page") ?? 1), cancellationToken);
            case "remove":
                return await replies.ConfirmRemoveAsync(guild, options.GetString("story"), cancellationToken);
            case "shared":
                bool show = !string.Equals(options.GetString("mode"), "hide", StringComparison.OrdinalIgnoreCase);
                await libraries.SetSharedVisibleAsync(guild, show, cancellationToken);
                return BotReply.Ephemeral(show
                    ? "The shared library is shown in this server again, beside this server's own stories."
                    : "The shared library is hidden in this server: members now see only this server's own stories.");
            case "clear":
                return LibraryReplies.ConfirmClear();
            default:
                return BotReply.Ephemeral("Use `/library add`, `characters`, `list`, `remove`, `shared` or `clear`.");
        }
    }

    private static Corpus.Model.Rating? Rating(string? text) => text?.ToLowerInvariant() switch
    {
        "general" => Corpus.Model.Rating.General,
        "teen" => Corpus.Model.Rating.Teen,
        "mature" => Corpus.Model.Rating.Mature,
        "explicit" => Corpus.Model.Rating.Explicit,
        _ => null,
    };
}
