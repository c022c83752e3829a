using System.CommandLine;
using Microsoft.Data.Sqlite;
using StoryBot.Cli;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Cli;

public sealed class ConfigurationArgumentsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storybot-cli-config-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    [Fact]
    public void Split_SettingsBetweenPaths_TakesOutOnlyTheSettings()
    {
        var (settings, rest) = ConfigurationArguments.Split(
            ["import", "dir", "--ConnectionStrings:Stories=Data Source=x.db", "--prune", "--limit=5", "--Plain=1", "--", "--Literal=2"],
            new HashSet<string>(["--prune", "--limit"], StringComparer.Ordinal));

        Assert.Equal(["--ConnectionStrings:Stories=Data Source=x.db", "--Plain=1"], settings);
        Assert.Equal(["import", "dir", "--prune", "--limit=5", "--", "--Literal=2"], rest);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("stories")]
    [InlineData("search")]
    public void Parse_VerbWithSetting_IsNotAValueOfTheVerb(string verb)
    {
        string[] args = verb == "stories" ? [verb] : [verb, "word"];
        ParseResult result = StoryBotCommandLine.Parse([.. args, "--ConnectionStrings:Stories=Data Source=x.db"]);

        Assert.Empty(result.Errors);
        Assert.Empty(result.UnmatchedTokens);
        Assert.DoesNotContain(result.Tokens, t => t.Value.Contains("ConnectionStrings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Parse_ImportWithConnectionStringSetting_ImportsIntoThatDatabase()
    {
        string stories = Directory.CreateDirectory(Path.Combine(_folder, "lib")).FullName;
        File.Copy(Directory.GetFiles(Seeds.Path, "*.txt").Order(StringComparer.Ordinal).First(), Path.Combine(stories, "one.txt"));
        string database = Path.Combine(_folder, "chosen.db");

        int code = await StoryBotCommandLine.Parse(
            ["import", stories, $"--ConnectionStrings:Stories={UnpooledSqlite.ConnectionString(database)}", "--Stories:ImportOnStart=false"])
            .InvokeAsync(StoryBotCommandLine.Invocation);

        Assert.Equal(0, code);
        await using var connection = new SqliteConnection(UnpooledSqlite.ConnectionString(database));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM Chapters";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
