using Microsoft.EntityFrameworkCore;
using NodaTime;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Posting;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Evaluates every active schedule of this shard with two queries (schedules, and the posts of the local dates in
/// play), so an idle pass over many servers stays cheap; only servers with work get their own scope and
/// <see cref="DailyPoster"/> run.
/// </summary>
public sealed class DailyPlanner(DailyDbContext db, TimeZoneCatalog zones, ShardFilter shard)
{
    public async Task<DailyPlan> PlanAsync(Instant now, CancellationToken cancellationToken)
    {
        var schedules = (await db.Schedules.AsNoTracking()
                .Where(s => s.PausedReason == null)
                .ToListAsync(cancellationToken))
            .Where(s => shard.Owns(s.GuildId))
            .ToList();

        var resolved = schedules
            .Select(s => (Schedule: s, Zone: zones.Find(s.TimeZone), Time: DailyTimeFormat.TryParse(s.LocalTime, out var t) ? t : null))
            .ToList();
        var dates = resolved
            .Where(r => r.Zone is not null)
            .Select(r => LocalDates.ToIso(DueTimeCalculator.LocalDateAt(now, r.Zone!)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var posts = (await db.Posts.AsNoTracking()
                .Where(p => dates.Contains(p.LocalDate))
                .ToListAsync(cancellationToken))
            .ToDictionary(p => (p.GuildId, p.LocalDate));

        var due = new List<ulong>();
        Instant? next = null;
        foreach (var (schedule, zone, time) in resolved)
        {
            if (zone is null || time is null)
            {
                // The poster pauses it with the reason.
                due.Add(schedule.GuildId);
                continue;
            }

            var today = LocalDates.ToIso(DueTimeCalculator.LocalDateAt(now, zone));
            var plan = ScheduleEvaluator.Evaluate(schedule, zone, time.Value, posts.GetValueOrDefault((schedule.GuildId, today)), now);
            if (plan.DueNow)
            {
                due.Add(schedule.GuildId);
            }
            else if (next is null || plan.NextWake < next)
            {
                next = plan.NextWake;
            }
        }

        return new DailyPlan(due, next);
    }
}
