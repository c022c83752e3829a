using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class RatingParserTests
{
    [Theory]
    [InlineData("K", Rating.General)]
    [InlineData("K+", Rating.General)]
    [InlineData("G", Rating.General)]
    [InlineData("PG", Rating.General)]
    [InlineData("General Audiences", Rating.General)]
    [InlineData("T", Rating.Teen)]
    [InlineData("Teen", Rating.Teen)]
    [InlineData("PG-13", Rating.Teen)]
    [InlineData("Teen And Up Audiences", Rating.Teen)]
    [InlineData("M", Rating.Mature)]
    [InlineData("Mature", Rating.Mature)]
    [InlineData("R", Rating.Mature)]
    [InlineData("MA", Rating.Explicit)]
    [InlineData("NC-17", Rating.Explicit)]
    [InlineData("Explicit", Rating.Explicit)]
    [InlineData("E", Rating.Explicit)]
    [InlineData("Not Rated", Rating.Unrated)]
    [InlineData("Fiction T - English - Romance", Rating.Teen)]
    [InlineData("M for violence", Rating.Mature)]
    [InlineData("T (language)", Rating.Teen)]
    [InlineData("mature", Rating.Mature)]
    public void TryParse_KnownRatings_Mapped(string value, Rating expected)
    {
        Assert.True(RatingParser.TryParse(value, out Rating rating));
        Assert.Equal(expected, rating);
    }

    [Theory]
    [InlineData("")]
    [InlineData("spicy")]
    [InlineData(null)]
    public void TryParse_Unknown_False(string? value)
    {
        Assert.False(RatingParser.TryParse(value, out Rating rating));
        Assert.Equal(Rating.Unrated, rating);
    }
}
