namespace StoryBot.Commands;

/// <summary>
/// Handles one top-level slash command (all of its subcommands). Registered with
/// <see cref="CommandServiceCollectionExtensions.AddSlashCommand{THandler}"/>; resolved in a fresh DI scope per
/// interaction. Must answer quickly (Discord's deadline is 3 seconds); long work goes to a BackgroundService and
/// posts later with <see cref="IChannelMessenger"/>. Throwing is safe (the user gets an ephemeral apology and the
/// error is logged) but expected problems should be a helpful <see cref="BotReply.Ephemeral(string)"/>.
/// </summary>
public interface ISlashCommandHandler
{
    SlashCommandDefinition Definition { get; }

    Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken);
}
