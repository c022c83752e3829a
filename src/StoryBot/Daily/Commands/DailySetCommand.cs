using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Daily.Commands;

/// <summary><c>/daily set channel time timezone [role]</c>: creates or replaces the schedule and resumes a paused one.</summary>
public sealed class DailySetCommand(
    DailyDbContext db,
    IChannelMessenger messenger,
    TimeZoneCatalog zones,
    NextPostFinder nextPost,
    DailyScheduleSignal signal,
    TimeProvider time)
{
    public async Task<BotReply> HandleAsync(SlashCommandInvocation invocation, ulong guildId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (AdminCheck.RequireManageServer(invocation.Context) is { } refusal)
        {
            return refusal;
        }

        var options = invocation.Options;
        var timeText = options.GetString(DailyCommandDefinition.TimeOption);
        if (!DailyTimeFormat.TryParse(timeText, out var localTime))
        {
            return BotReply.Ephemeral(
                $"“{Markdown.Escape(timeText ?? string.Empty)}” isn't a time I understand. Use the 24-hour form HH:mm, for example 09:00 or 18:30.");
        }

        var zoneText = options.GetString(DailyCommandDefinition.TimeZoneOption);
        if (zones.Find(zoneText) is not { } zone)
        {
            return BotReply.Ephemeral(
                $"I don't know the time zone “{Markdown.Escape(zoneText ?? string.Empty)}”. Pick one from the list as you type, " +
                "for example Europe/Berlin, America/New_York or Asia/Tokyo.");
        }

        if (TimeZoneCatalog.PlaceFor(zone.Id) is { } place)
        {
            return BotReply.Ephemeral(
                $"“{Markdown.Escape(zone.Id)}” is an old abbreviation zone whose clock doesn't follow a place (no summer time where the place has it). " +
                $"Did you mean **{place}**? Run `/daily set` again with `timezone:{place}`.");
        }

        if (options.GetSnowflake(DailyCommandDefinition.ChannelOption) is not { } channelId)
        {
            return BotReply.Ephemeral("Pick the channel the chapter of the day should be posted in.");
        }

        var roleId = options.GetSnowflake(DailyCommandDefinition.RoleOption);
        if (roleId == guildId)
        {
            return BotReply.Ephemeral("I won't ping @everyone every day. Pick a specific role (or none).");
        }

        var channel = await messenger.GetChannelAsync(channelId, cancellationToken);
        if (!channel.Exists || (channel.GuildId is { } channelGuild && channelGuild != guildId))
        {
            return BotReply.Ephemeral($"I can't find <#{channelId}> in this server. Pick a text channel I can see.");
        }

        if (!channel.CanSend)
        {
            return BotReply.Ephemeral(
                $"I can't post in <#{channelId}>. Give me **View Channel**, **Send Messages** and **Embed Links** there, then run /daily set again.");
        }

        var now = time.GetUtcNow();
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.GuildId == guildId, cancellationToken);
        if (schedule is null)
        {
            schedule = new DailySchedule { GuildId = guildId };
            db.Schedules.Add(schedule);
        }

        schedule.ChannelId = channelId;
        schedule.LocalTime = DailyTimeFormat.Format(localTime.Value);
        schedule.TimeZone = zone.Id;
        schedule.RoleId = roleId;
        schedule.ActiveSince = now;
        schedule.PausedReason = null;
        schedule.PausedAt = null;
        schedule.UpdatedBy = invocation.Context.User.Id;
        schedule.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();

        var next = await nextPost.FindAsync(schedule, cancellationToken);
        var lines = new List<string>
        {
            $"✅ A chapter will be posted in <#{channelId}> every day at **{schedule.LocalTime}** ({zone.Id}).",
        };
        if (next is { } n)
        {
            lines.Add($"Next post: {TimeDisplay.DiscordTimestamp(n)}.");
        }

        if (roleId is { } role)
        {
            lines.Add($"Each post pings <@&{role}>.");
        }

        if (!channel.IsNsfw)
        {
            lines.Add("Mature and Explicit chapters are skipped there because the channel isn't age-restricted.");
        }

        lines.Add("Use /daily preview to see the next post, /daily off to stop.");
        return BotReply.Ephemeral(string.Join('\n', lines));
    }
}
