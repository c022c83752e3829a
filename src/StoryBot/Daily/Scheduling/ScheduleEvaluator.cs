using NodaTime;
using StoryBot.Daily.Persistence;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Decides whether a server's post is due. Only the current local date is ever considered, so days the bot was
/// down are not back-filled; a day whose due instant passed while the bot was down is posted when it comes back,
/// still that day. A day is due only if its due instant is not before the schedule was (re)configured.
/// </summary>
public static class ScheduleEvaluator
{
    /// <param name="schedule">The (not paused) schedule.</param>
    /// <param name="zone">Its zone, already resolved.</param>
    /// <param name="time">Its wall-clock time, already parsed.</param>
    /// <param name="todaysPost">The post row for the current local date, if any.</param>
    /// <param name="now">The current instant.</param>
    public static DuePlan Evaluate(DailySchedule schedule, DateTimeZone zone, LocalTime time, DailyPost? todaysPost, Instant now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(zone);

        var today = DueTimeCalculator.LocalDateAt(now, zone);
        var dueToday = DueTimeCalculator.DueInstant(today, time, zone);
        var dueTomorrow = DueTimeCalculator.DueInstant(today.PlusDays(1), time, zone);

        switch (todaysPost?.State)
        {
            case DailyPostState.Pending:
                // A claim whose send was not confirmed: resolve it now (retry with the same nonce or give up).
                return new DuePlan(true, today, now);
            case DailyPostState.Sent or DailyPostState.Abandoned:
                return new DuePlan(false, today, dueTomorrow);
        }

        // No row, or a Failed one (Discord refused for certain; nothing was posted): the day is still open.
        var activeSince = Instant.FromDateTimeOffset(schedule.ActiveSince);
        if (now < dueToday)
        {
            return new DuePlan(false, today, dueToday);
        }

        var failedSinceReconfigured = todaysPost is not null && Instant.FromDateTimeOffset(todaysPost.ClaimedAt) >= activeSince;
        return dueToday >= activeSince && !failedSinceReconfigured
            ? new DuePlan(true, today, now)
            : new DuePlan(false, today, dueTomorrow);
    }
}
