using StoryBot.Excerpts;

namespace StoryBot.Tests.Excerpts;

public class ExcerptLocationTests
{
    [Theory]
    [InlineData("ex:n:42:17", 42, 17, false)]
    [InlineData("ex:p:7:0", 7, 0, true)]
    [InlineData("ex:n:42:17:1480", 42, 17, false, 1480)]
    public void Parse_RoundTrips(string customId, int chapter, int paragraph, bool backward, int offset = 0)
    {
        var location = ExcerptLocation.Parse(customId.Split(':'));

        Assert.Equal(new ExcerptLocation(chapter, paragraph, backward, offset), location);
        Assert.Equal(customId, location!.ToCustomId());
    }

    [Theory]
    [InlineData("ex:none:p")]
    [InlineData("ex:n:-1:2")]
    [InlineData("ex:n:1")]
    [InlineData("st:l:2")]
    [InlineData("ex:p:1:2:3")]
    public void Parse_Garbage_IsNull(string customId) => Assert.Null(ExcerptLocation.Parse(customId.Split(':')));
}
