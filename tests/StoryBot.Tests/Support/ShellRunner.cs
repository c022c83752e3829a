using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Hosting;
using StoryBot.Shell;

namespace StoryBot.Tests.Support;

/// <summary>Runs the real host in shell mode with commands piped in; returns the transcript.</summary>
public static class ShellRunner
{
    public static async Task<string> RunAsync(string connectionString, string script, IDictionary<string, string?>? settings = null)
    {
        var output = new StringWriter { NewLine = "\n" };
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Stories"] = connectionString,
            ["Stories:ImportOnStart"] = "false",
            ["Discord:Token"] = "",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<IShellConsole>(new TextShellConsole(new StringReader(script), output));
        builder.AddStoryBot(HostMode.Shell);
        using var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await host.RunAsync(timeout.Token);
        File.AppendAllText("/tmp/shell-transcripts.txt", output.ToString() + "\n=====\n");
        return output.ToString();
    }
}
