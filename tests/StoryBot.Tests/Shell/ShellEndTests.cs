using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Hosting;
using StoryBot.Shell;
using StoryBot.Tests.Support;
using StoryBot.Tests.Trivia.Support;

namespace StoryBot.Tests.Shell;

/// <summary>A piped session that ends (end of input, <c>:quit</c>, <c>/quit</c>) while a trivia game loads is a normal, quiet end.</summary>
public sealed class ShellEndTests
{
    [Theory]
    [InlineData("/trivia start\n")]
    [InlineData("/trivia start\n:quit\n")]
    [InlineData("/trivia start\n/quit\n")]
    public async Task Run_EndsWhileTriviaLoads_QuietNoRestartNoticeNoFailLogs(string script)
    {
        await using var library = await TestLibrary.CreateAsync(seed: false);
        var output = new StringWriter { NewLine = "\n" };
        var logs = new LogLines();
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Stories"] = library.ConnectionString,
            ["Stories:ImportOnStart"] = "true",
            ["Stories:SeedPath"] = RepositoryPaths.Seeds,
            ["Discord:Token"] = "",
        });
        builder.Services.AddSingleton<IShellConsole>(new TextShellConsole(new StringReader(script), output));
        builder.AddStoryBot(HostMode.Shell);
        builder.Logging.AddProvider(logs);
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        await host.RunAsync(timeout.Token);

        var transcript = output.ToString();
        Assert.Contains("started a game of 10 questions", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("restarting", transcript, StringComparison.OrdinalIgnoreCase);
        var ending = transcript[transcript.IndexOf("started a game", StringComparison.Ordinal)..];
        Assert.True(!ending.Contains("Trivia", StringComparison.Ordinal) || ending.Contains("session ended", StringComparison.Ordinal), ending);
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error", StringComparison.Ordinal) || line.StartsWith("Critical", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("TaskCanceledException", StringComparison.Ordinal));
    }
}
