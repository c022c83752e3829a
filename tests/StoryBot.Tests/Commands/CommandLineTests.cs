using StoryBot.Cli;

namespace StoryBot.Tests.Commands;

public class CommandLineTests
{
    [Theory]
    [InlineData("")]
    [InlineData("shell")]
    [InlineData("shell --Stories:ImportOnStart=false")]
    [InlineData("--Discord:DevGuildId=42")]
    public void Parse_BotAndShellInvocations_HaveNoErrors(string line)
    {
        var result = StoryBotCommandLine.Create().Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Empty(result.Errors);
    }
}
