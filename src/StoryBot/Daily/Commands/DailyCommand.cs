using StoryBot.Commands;

namespace StoryBot.Daily.Commands;

/// <summary>Routes <c>/daily</c> to its subcommand.</summary>
public sealed class DailyCommand(
    DailySetCommand set,
    DailyOffCommand off,
    DailyStatusCommand status,
    DailyPreviewCommand preview) : ISlashCommandHandler
{
    public SlashCommandDefinition Definition => DailyCommandDefinition.Definition;

    public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (invocation.Context.GuildId is not { } guildId)
        {
            return Task.FromResult(BotReply.Ephemeral("The chapter of the day belongs to a server: use /daily in a server channel."));
        }

        return invocation.Subcommand switch
        {
            DailyCommandDefinition.Set => set.HandleAsync(invocation, guildId, cancellationToken),
            DailyCommandDefinition.Off => off.HandleAsync(invocation, guildId, cancellationToken),
            DailyCommandDefinition.Status => status.HandleAsync(guildId, cancellationToken),
            DailyCommandDefinition.Preview => preview.HandleAsync(invocation, guildId, cancellationToken),
            _ => Task.FromResult(BotReply.Ephemeral("Try /daily set, /daily off, /daily status or /daily preview.")),
        };
    }
}
