using StoryBot.Commands;
using StoryBot.Shell;

namespace StoryBot.Tests.Shell;

public class SlashCommandLineParserTests
{
    private static readonly SlashCommandDefinition[] Commands =
    [
        new("excerpt", "Read")
        {
            Options =
            [
                CommandOptionDefinition.String("story", "Story"),
                CommandOptionDefinition.Integer("chapter", "Chapter"),
                CommandOptionDefinition.String("search", "Search"),
            ],
        },
        new("story", "Stories")
        {
            Options =
            [
                CommandOptionDefinition.Subcommand("list", "List"),
                CommandOptionDefinition.Subcommand("info", "Info", CommandOptionDefinition.String("story", "Story", required: true)),
            ],
        },
    ];

    [Fact]
    public void Parse_ValueWithSpaces_RunsUntilNextOption()
    {
        var parsed = SlashCommandLineParser.Parse("/excerpt search:nine tails chapter:3", Commands);

        Assert.Null(parsed.Error);
        Assert.Equal("nine tails", parsed.Options["search"]);
        Assert.Equal(3L, parsed.Options["chapter"]);
    }

    [Fact]
    public void Parse_QuotedValue_KeptAsDiscordSendsIt()
    {
        var parsed = SlashCommandLineParser.Parse("/excerpt search:\"nine tails\" chapter:3", Commands);

        Assert.Equal("\"nine tails\"", parsed.Options["search"]);
        Assert.Equal(3L, parsed.Options["chapter"]);
    }

    [Theory]
    [InlineData("/trivia leaderboard period:month", "period: must be one of all (All time), week (This week), not 'month'.")]
    [InlineData("/trivia start rounds:31", "rounds: must be between 1 and 30, not 31.")]
    [InlineData("/trivia start rounds:0", "rounds: must be between 1 and 30, not 0.")]
    public void Parse_ValueDiscordWouldRefuse_Refused(string line, string expected)
    {
        var parsed = SlashCommandLineParser.Parse(line, Trivia);

        Assert.Equal(expected, parsed.Error);
    }

    [Fact]
    public void Parse_ChoiceByName_GivesItsValue()
    {
        var parsed = SlashCommandLineParser.Parse("/trivia leaderboard period:this week", Trivia);

        Assert.Null(parsed.Error);
        Assert.Equal("week", parsed.Options["period"]);
    }

    [Theory]
    [InlineData("/trivia stats user:Sakura")]
    [InlineData("/trivia stats user:@Sakura")]
    [InlineData("/trivia stats user:sakura")]
    public void Parse_UserByName_StableIdOfThatPersona(string line)
    {
        var personas = new ShellPersonas();

        var parsed = SlashCommandLineParser.Parse(line, Trivia, name => personas.Get(name).Id);

        Assert.Null(parsed.Error);
        Assert.Equal(ShellPersonas.IdOf("Sakura"), parsed.Options["user"]);
    }

    private static readonly SlashCommandDefinition[] Trivia =
    [
        new("trivia", "Trivia")
        {
            Options =
            [
                CommandOptionDefinition.Subcommand("start", "Start", CommandOptionDefinition.Integer("rounds", "Rounds", min: 1, max: 30)),
                CommandOptionDefinition.Subcommand("leaderboard", "Board", CommandOptionDefinition.String("period", "Period") with { Choices = [new("All time", "all"), new("This week", "week")] }),
                CommandOptionDefinition.Subcommand("stats", "Stats", new CommandOptionDefinition("user", "User", CommandOptionType.User)),
            ],
        },
    ];

    [Fact]
    public void Parse_Subcommand_IsRecognised()
    {
        var parsed = SlashCommandLineParser.Parse("/story info story:Second", Commands);

        Assert.Equal("story", parsed.Name);
        Assert.Equal("info", parsed.Subcommand);
        Assert.Equal("Second", parsed.Options["story"]);
    }

    [Theory]
    [InlineData("/nope", "don't know")]
    [InlineData("/story", "needs one of: list, info")]
    [InlineData("/story info", "needs story:")]
    [InlineData("/excerpt chapter:three", "whole number")]
    [InlineData("/excerpt hello", "name:value")]
    public void Parse_BadInput_ExplainsTheProblem(string line, string expected)
    {
        var parsed = SlashCommandLineParser.Parse(line, Commands);

        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }
}
