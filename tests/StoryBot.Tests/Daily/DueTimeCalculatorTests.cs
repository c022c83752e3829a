using NodaTime;
using NodaTime.Text;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Tests.Daily;

public class DueTimeCalculatorTests
{
    private static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("Europe/Berlin", "2026-03-28", "09:00", "2026-03-28T08:00:00Z")] // CET, the day before
    [InlineData("Europe/Berlin", "2026-03-29", "09:00", "2026-03-29T07:00:00Z")] // CEST, same wall clock
    [InlineData("Europe/Berlin", "2026-10-25", "09:00", "2026-10-25T08:00:00Z")] // back to CET
    [InlineData("America/New_York", "2026-03-07", "09:00", "2026-03-07T14:00:00Z")] // EST
    [InlineData("America/New_York", "2026-03-08", "09:00", "2026-03-08T13:00:00Z")] // EDT
    [InlineData("America/New_York", "2026-11-01", "09:00", "2026-11-01T14:00:00Z")] // EST again
    public void DueInstant_AcrossDaylightSaving_KeepsWallClockTime(string zone, string date, string time, string expected)
    {
        var due = DueTimeCalculator.DueInstant(Date(date), Time(time), DateTimeZoneProviders.Tzdb[zone]);

        Assert.Equal(InstantPattern.General.Parse(expected).Value, due);
    }

    [Fact]
    public void DueInstant_BerlinSpringForwardGap_PostsAtFirstInstantAfterGap()
    {
        // 02:30 does not exist on 29 March 2026 in Berlin (02:00 CET jumps to 03:00 CEST = 01:00Z).
        var due = DueTimeCalculator.DueInstant(Date("2026-03-29"), Time("02:30"), Berlin);

        Assert.Equal(Instant.FromUtc(2026, 3, 29, 1, 0), due);
        Assert.Equal(new LocalTime(3, 0), due.InZone(Berlin).TimeOfDay);
    }

    [Fact]
    public void DueInstant_NewYorkSpringForwardGap_PostsAtFirstInstantAfterGap()
    {
        // 02:30 does not exist on 8 March 2026 in New York (02:00 EST jumps to 03:00 EDT = 07:00Z).
        var due = DueTimeCalculator.DueInstant(Date("2026-03-08"), Time("02:30"), NewYork);

        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), due);
    }

    [Fact]
    public void DueInstant_BerlinFallBackOverlap_UsesEarlierOccurrence()
    {
        // 02:30 happens twice on 25 October 2026 in Berlin: 00:30Z (CEST) and 01:30Z (CET).
        var due = DueTimeCalculator.DueInstant(Date("2026-10-25"), Time("02:30"), Berlin);

        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), due);
    }

    [Fact]
    public void DueInstant_NewYorkFallBackOverlap_UsesEarlierOccurrence()
    {
        // 01:30 happens twice on 1 November 2026 in New York: 05:30Z (EDT) and 06:30Z (EST).
        var due = DueTimeCalculator.DueInstant(Date("2026-11-01"), Time("01:30"), NewYork);

        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30), due);
    }

    [Fact]
    public void NextDueAtOrAfter_BeforeTodaysTime_ReturnsToday()
    {
        var next = DueTimeCalculator.NextDueAtOrAfter(Instant.FromUtc(2026, 11, 23, 6, 0), Time("09:00"), Berlin);

        Assert.Equal(Instant.FromUtc(2026, 11, 23, 8, 0), next);
    }

    [Fact]
    public void NextDueAtOrAfter_AfterTodaysTime_ReturnsTomorrow()
    {
        var next = DueTimeCalculator.NextDueAtOrAfter(Instant.FromUtc(2026, 11, 23, 9, 0), Time("09:00"), Berlin);

        Assert.Equal(Instant.FromUtc(2026, 11, 24, 8, 0), next);
    }

    [Fact]
    public void LocalDateAt_JustAfterLocalMidnight_IsTheLocalDateNotUtc()
    {
        // 23:30Z on the 22nd is already 00:30 on the 23rd in Berlin, and still 18:30 on the 22nd in New York.
        var now = Instant.FromUtc(2026, 11, 22, 23, 30);

        Assert.Equal(Date("2026-11-23"), DueTimeCalculator.LocalDateAt(now, Berlin));
        Assert.Equal(Date("2026-11-22"), DueTimeCalculator.LocalDateAt(now, NewYork));
    }

    private static LocalDate Date(string text) => LocalDatePattern.Iso.Parse(text).Value;

    private static LocalTime Time(string text) => LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text).Value;
}
