using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StoryBot.Hosting;

namespace StoryBot.Tests.Hosting;

/// <summary>A bad setting stops the bot with one line naming the key, never a stack trace.</summary>
[Collection(ConsoleErrorCollection.Name)]
public sealed class ConfigurationProblemTests
{
    [Theory]
    [InlineData("--Excerpts:MaxCharacters=abc", "Excerpts:MaxCharacters is “abc”; it must be a whole number.")]
    [InlineData("--Trivia:QuestionSeconds=1", "Trivia:QuestionSeconds is 1; it must be between 5 and 300.")]
    public async Task RunAsync_BadSetting_OneLineNamingTheKeyAndExitCode2(string argument, string expected)
    {
        var error = new StringWriter { NewLine = "\n" };
        var output = new StringWriter { NewLine = "\n" };
        var (oldError, oldOut) = (Console.Error, Console.Out);
        Console.SetError(error);
        Console.SetOut(output);
        int code;
        try
        {
            code = await BotRunner.RunAsync([argument, "--Discord:Token=", "--Stories:ImportOnStart=false"], forceShell: true, CancellationToken.None);
        }
        finally
        {
            Console.SetError(oldError);
            Console.SetOut(oldOut);
        }

        Assert.Equal(2, code);
        Assert.Equal("StoryBot cannot start: " + expected + "\n", error.ToString());
        Assert.DoesNotContain("fail:", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output.ToString() + error, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_ValidationOfAnyOptions_NamesSectionAndKey()
    {
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", Args = ["--Daily:WordsPerMinute=0"] });
        builder.AddStoryBot(HostMode.Shell);
        using var host = builder.Build();

        var exception = Record.Exception(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        var line = ConfigurationProblem.Describe(exception!, builder.Configuration);
        Assert.NotNull(line);
        Assert.StartsWith("Daily:WordsPerMinute is 0; it must be", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_OtherException_Null()
    {
        Assert.Null(ConfigurationProblem.Describe(new InvalidOperationException("something else"), new ConfigurationBuilder().Build()));
    }
}
