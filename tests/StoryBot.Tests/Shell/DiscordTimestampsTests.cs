using StoryBot.Shell;

namespace StoryBot.Tests.Shell;

public class DiscordTimestampsTests
{
    // 2021-04-20 16:20:30 UTC, the example of reference.mdx#message-formatting-timestamp-styles.
    private const long Example = 1618935630;
    private static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(Example);

    [Theory]
    [InlineData("<t:1618935630:t>", "16:20")]
    [InlineData("<t:1618935630:T>", "16:20:30")]
    [InlineData("<t:1618935630:d>", "20/04/2021")]
    [InlineData("<t:1618935630:D>", "April 20, 2021")]
    [InlineData("<t:1618935630>", "April 20, 2021 at 16:20")]
    [InlineData("<t:1618935630:f>", "April 20, 2021 at 16:20")]
    [InlineData("<t:1618935630:F>", "Tuesday, April 20, 2021 at 16:20")]
    [InlineData("<t:1618935630:s>", "20/04/2021, 16:20")]
    [InlineData("<t:1618935630:S>", "20/04/2021, 16:20:30")]
    public void Render_EachStyle_ReadsAsDiscordShowsIt(string markup, string expected)
    {
        Assert.Equal($"Next: {expected}.", DiscordTimestamps.Render($"Next: {markup}.", Now, TimeZoneInfo.Utc));
    }

    [Theory]
    [InlineData(0, "now")]
    [InlineData(5, "in 5 seconds")]
    [InlineData(-60, "1 minute ago")]
    [InlineData(2 * 3600 + 59, "in 2 hours")]
    [InlineData(-3 * 86_400, "3 days ago")]
    [InlineData(75 * 86_400, "in 2 months")]
    [InlineData(-800 * 86_400, "2 years ago")]
    public void Render_Relative_LargestWholeUnit(long offsetSeconds, string expected)
    {
        Assert.Equal(expected, DiscordTimestamps.Render($"<t:{Example + offsetSeconds}:R>", Now, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Render_InAnotherZone_ShowsLocalTime()
    {
        var berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        Assert.Equal("18:20", DiscordTimestamps.Render("<t:1618935630:t>", Now, berlin));
    }

    [Theory]
    [InlineData("<t:abc:R>")]
    [InlineData("<t:1618935630:x>")]
    [InlineData("<t:99999999999999:R>")]
    [InlineData("no markup at all")]
    public void Render_NotTimestampMarkup_LeftAsIs(string text)
    {
        Assert.Equal(text, DiscordTimestamps.Render(text, Now, TimeZoneInfo.Utc));
    }
}
