using StoryBot.Excerpts;

namespace StoryBot.Tests.Excerpts;

public class ExcerptLocationTests
{
    [Theory]
    [InlineData("ex:n:42:17", 42, 17, false)]
    [InlineData("ex:p:7:0", 7, 0, true)]
    public void Parse_RoundTrips(string customId, int chapter, int paragraph, bool backward)
    {
        var location = ExcerptLocation.Parse(customId.Split(':'));

        Assert.Equal(new ExcerptLocation(chapter, paragraph, backward), location);
        Assert.Equal(customId, location!.ToCustomId());
    }

    [Theory]
    [InlineData("ex:none:p")]
    [InlineData("ex:n:-1:2")]
    [InlineData("ex:n:1")]
    [InlineData("st:l:2")]
    public void Parse_Garbage_IsNull(string customId) => Assert.Null(ExcerptLocation.Parse(customId.Split(':')));
}
