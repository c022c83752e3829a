using StoryBot.Daily.Scheduling;

namespace StoryBot.Tests.Daily;

public class TimeZoneCatalogTests
{
    private readonly TimeZoneCatalog _catalog = new();

    [Theory]
    [InlineData("Europe/Berlin", "Europe/Berlin")]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New York", "America/New_York")]
    [InlineData("Etc/UTC", "Etc/UTC")]
    public void Find_KnownZone_ReturnsCanonicalId(string typed, string expected)
    {
        Assert.Equal(expected, _catalog.Find(typed)?.Id);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData("CEST+2")]
    public void Find_UnknownZone_ReturnsNull(string typed)
    {
        Assert.Null(_catalog.Find(typed));
    }

    [Fact]
    public void Search_CityName_PutsTheCityFirst()
    {
        Assert.Equal("Europe/Berlin", _catalog.Search("berlin")[0]);
        Assert.Equal("America/New_York", _catalog.Search("new york")[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("America")]
    public void Search_BroadInput_ReturnsAtMost25(string typed)
    {
        var found = _catalog.Search(typed);

        Assert.InRange(found.Count, 1, TimeZoneCatalog.MaxChoices);
    }

    [Fact]
    public void Search_Nonsense_ReturnsNothing()
    {
        Assert.Empty(_catalog.Search("zzzzqqq"));
    }

    [Fact]
    public void Version_IsTheEmbeddedTzdb()
    {
        Assert.StartsWith("TZDB", _catalog.Version, StringComparison.Ordinal);
    }
}
