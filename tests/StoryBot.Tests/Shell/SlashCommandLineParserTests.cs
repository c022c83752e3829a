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
    public void Parse_QuotedValue_KeepsSpaces()
    {
        var parsed = SlashCommandLineParser.Parse("/excerpt story:\"Second Chances\"", Commands);

        Assert.Equal("Second Chances", parsed.Options["story"]);
    }

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
