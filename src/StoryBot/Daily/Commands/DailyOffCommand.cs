using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Daily.Commands;

/// <summary><c>/daily off</c>: removes the schedule; the rotation history stays, so turning it on again continues it.</summary>
public sealed class DailyOffCommand(DailyDbContext db, DailyScheduleSignal signal)
{
    public async Task<BotReply> HandleAsync(SlashCommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (AdminCheck.RequireManageServer(invocation.Context) is { } refusal)
        {
            return refusal;
        }

        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.GuildId == guildId, cancellationToken);
        if (schedule is null)
        {
            return BotReply.Ephemeral("The chapter of the day is already off in this server.");
        }

        db.Schedules.Remove(schedule);
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return BotReply.Ephemeral(
            "🛑 The chapter of the day is off. The rotation remembers what was posted, so /daily set picks up where it left off.");
    }
}
