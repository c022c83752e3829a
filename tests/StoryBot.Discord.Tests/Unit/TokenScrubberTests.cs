using StoryBot.Discord.Logging;

namespace StoryBot.Discord.Tests.Unit;

public class TokenScrubberTests
{
    [Theory]
    [InlineData("POST /interactions/123/aW50ZXJhY3Rpb246MTIz-_.x/callback", "POST /interactions/123/:token/callback")]
    [InlineData("PATCH /webhooks/55/aW50ZXJhY3Rpb246MTIz/messages/@original", "PATCH /webhooks/55/:token/messages/@original")]
    [InlineData("http://x/api/v10/webhooks/55/tok%2Ben?wait=true", "http://x/api/v10/webhooks/55/:token?wait=true")]
    public void Scrub_PathTokens_Replaced(string input, string expected) => Assert.Equal(expected, TokenScrubber.Scrub(input));

    [Fact]
    public void Scrub_BotToken_RemovedEverywhere()
    {
        const string token = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ.ZnCjm1XVW7vRze4b7Cq4se7kKWs";

        var scrubbed = TokenScrubber.Scrub($"Authorization: Bot {token}; echo {token}", token);

        Assert.DoesNotContain(token, scrubbed, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_AuthorizationHeaderWithoutKnownToken_Removed()
    {
        var scrubbed = TokenScrubber.Scrub("header Bot abcdefghijklmnopqrstuvwxyz0123456789.x.y");

        Assert.DoesNotContain("abcdefghijklmnopqrstuvwxyz", scrubbed, StringComparison.Ordinal);
    }
}
