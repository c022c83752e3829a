using NodaTime;
using NodaTime.TimeZones;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// Turns "HH:mm in an IANA zone" into instants. The wall-clock time is kept across daylight-saving changes:
/// a time that does not exist (spring-forward gap) posts at the first instant after the gap, and a time that
/// happens twice (fall-back overlap) posts at the earlier occurrence. One post per local date, so the later
/// occurrence never posts again.
/// </summary>
public static class DueTimeCalculator
{
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    /// <summary>The instant the post for <paramref name="date"/> is due.</summary>
    public static Instant DueInstant(LocalDate date, LocalTime time, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return zone.ResolveLocal(date + time, Resolver).ToInstant();
    }

    /// <summary>The local date in <paramref name="zone"/> at <paramref name="now"/>.</summary>
    public static LocalDate LocalDateAt(Instant now, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return now.InZone(zone).Date;
    }

    /// <summary>
    /// The next instant strictly after-or-at <paramref name="now"/> at which the post is due, ignoring whether
    /// today's post already happened: today's due instant if it is still ahead, else tomorrow's.
    /// </summary>
    public static Instant NextDueAtOrAfter(Instant now, LocalTime time, DateTimeZone zone)
    {
        var today = LocalDateAt(now, zone);
        var dueToday = DueInstant(today, time, zone);
        return dueToday >= now ? dueToday : DueInstant(today.PlusDays(1), time, zone);
    }
}
