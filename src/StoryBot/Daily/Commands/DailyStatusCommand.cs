using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Daily.Commands;

/// <summary><c>/daily status</c>: where and when, the next post (server zone and Discord timestamp), pause reason, last post.</summary>
public sealed class DailyStatusCommand(DailyDbContext db, TimeZoneCatalog zones, NextPostFinder nextPost)
{
    public async Task<BotReply> HandleAsync(ulong guildId, CancellationToken cancellationToken)
    {
        var schedule = await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.GuildId == guildId, cancellationToken);
        if (schedule is null)
        {
            return BotReply.Ephemeral("The chapter of the day is off in this server. Someone with Manage Server can start it with /daily set.");
        }

        var lines = new List<string>
        {
            $"**Channel:** <#{schedule.ChannelId}>",
            $"**Time:** {schedule.LocalTime} ({schedule.TimeZone})",
            schedule.RoleId is { } role ? $"**Pings:** <@&{role}>" : "**Pings:** nobody",
        };

        if (schedule.PausedReason is not null)
        {
            lines.Add($"⏸️ **Paused:** {schedule.PausedReason}");
            lines.Add("Fix that, then run /daily set again to resume.");
        }
        else if (await nextPost.FindAsync(schedule, cancellationToken) is { } next && zones.Find(schedule.TimeZone) is { } zone)
        {
            lines.Add($"**Next post:** {TimeDisplay.InZone(next, zone)} — {TimeDisplay.DiscordTimestamp(next)}");
        }

        var last = await db.Posts.AsNoTracking()
            .Where(p => p.GuildId == guildId && p.State == DailyPostState.Sent)
            .OrderByDescending(p => p.LocalDate)
            .FirstOrDefaultAsync(cancellationToken);
        if (last?.MessageId is { } messageId)
        {
            lines.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"**Last post:** {last.LocalDate} — https://discord.com/channels/{guildId}/{last.ChannelId}/{messageId}"));
        }

        var problem = await db.Posts.AsNoTracking()
            .Where(p => p.GuildId == guildId && (p.State == DailyPostState.Abandoned || p.State == DailyPostState.Failed))
            .OrderByDescending(p => p.LocalDate)
            .FirstOrDefaultAsync(cancellationToken);
        if (problem is not null && (last is null || string.CompareOrdinal(problem.LocalDate, last.LocalDate) > 0))
        {
            lines.Add($"**Missed:** {problem.LocalDate} — {problem.Detail}");
        }

        return BotReply.Ephemeral(string.Join('\n', lines));
    }
}
