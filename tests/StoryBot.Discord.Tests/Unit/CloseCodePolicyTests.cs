using StoryBot.Discord.Gateway;

namespace StoryBot.Discord.Tests.Unit;

public class CloseCodePolicyTests
{
    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Decide_NoReconnectCodes_Fatal(int code) => Assert.Equal(ReconnectAction.Fatal, CloseCodePolicy.Decide(code));

    [Theory]
    [InlineData(4007)]
    [InlineData(4009)]
    public void Decide_SessionCodes_Reidentify(int code) => Assert.Equal(ReconnectAction.Reidentify, CloseCodePolicy.Decide(code));

    [Theory]
    [InlineData(null)]
    [InlineData(1000)]
    [InlineData(1001)]
    [InlineData(1006)]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4008)]
    public void Decide_OtherCodes_Resume(int? code) => Assert.Equal(ReconnectAction.Resume, CloseCodePolicy.Decide(code));

    [Theory]
    [InlineData(4004, "token")]
    [InlineData(4010, "shard")]
    [InlineData(4011, "ShardCount")]
    [InlineData(4012, "version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "intents")]
    public void Describe_FatalCode_NamesTheProblem(int code, string expected) =>
        Assert.Contains(expected, CloseCodePolicy.Describe(code, 0, 1, 1), StringComparison.OrdinalIgnoreCase);
}
