using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace StoryBot.Hosting;

/// <summary>Builds and runs the host for the root command and the <c>shell</c> verb; configuration problems are one clear line.</summary>
public static class BotRunner
{
    public static async Task<int> RunAsync(string[] args, bool forceShell, CancellationToken cancellationToken)
    {
        var builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { Args = args });
        var mode = forceShell ? HostMode.Shell : StoryBotHost.DetectMode(builder.Configuration);
        builder.AddStoryBot(mode);
        try
        {
            using var host = builder.Build();

            // Validate every option before the host starts: the host would log a bad value as a multi-line "fail:"
            // trace before rethrowing it; here it becomes one line naming the key.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return Environment.ExitCode;
        }
        catch (Exception exception) when (ConfigurationProblem.Describe(exception, builder.Configuration) is { } problem)
        {
            await Console.Error.WriteLineAsync($"StoryBot cannot start: {problem}").ConfigureAwait(false);
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 130;
        }
    }
}
