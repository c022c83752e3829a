using Microsoft.EntityFrameworkCore;
using NodaTime;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Posting;

namespace StoryBot.Daily.Scheduling;

/// <summary>When a schedule posts next, as the scheduler will see it (for /daily set and /daily status).</summary>
public sealed class NextPostFinder(DailyDbContext db, TimeZoneCatalog zones, TimeProvider time)
{
    /// <summary>The next post instant, or null when the schedule cannot post (paused, bad zone or time).</summary>
    public async Task<Instant?> FindAsync(DailySchedule schedule, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var zone = zones.Find(schedule.TimeZone);
        if (schedule.PausedReason is not null || zone is null || !DailyTimeFormat.TryParse(schedule.LocalTime, out var localTime))
        {
            return null;
        }

        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var today = LocalDates.ToIso(DueTimeCalculator.LocalDateAt(now, zone));
        var post = await db.Posts.AsNoTracking()
            .FirstOrDefaultAsync(p => p.GuildId == schedule.GuildId && p.LocalDate == today, cancellationToken);
        var plan = ScheduleEvaluator.Evaluate(schedule, zone, localTime.Value, post, now);
        return plan.NextWake;
    }
}
