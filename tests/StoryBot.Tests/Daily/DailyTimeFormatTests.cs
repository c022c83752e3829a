using NodaTime;
using StoryBot.Daily.Scheduling;

namespace StoryBot.Tests.Daily;

public class DailyTimeFormatTests
{
    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("9:05", 9, 5)]
    [InlineData(" 18:30 ", 18, 30)]
    [InlineData("23.59", 23, 59)]
    [InlineData("00:00", 0, 0)]
    public void TryParse_ValidTime_ReturnsLocalTime(string text, int hour, int minute)
    {
        Assert.True(DailyTimeFormat.TryParse(text, out var time));
        Assert.Equal(new LocalTime(hour, minute), time);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24:00")]
    [InlineData("9am")]
    [InlineData("12:60")]
    [InlineData("noon")]
    [InlineData(null)]
    public void TryParse_InvalidTime_ReturnsFalse(string? text)
    {
        Assert.False(DailyTimeFormat.TryParse(text, out _));
    }

    [Fact]
    public void Format_Time_IsTwentyFourHourWithLeadingZero()
    {
        Assert.Equal("07:05", DailyTimeFormat.Format(new LocalTime(7, 5)));
    }
}
