using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Hosting;
using StoryBot.Data.Import;

namespace StoryBot.Cli;

/// <summary>
/// What the data verbs share: the bot's configuration (appsettings.json in the content root, environment variables,
/// user secrets), the story store, a migrated database and — unless <c>Stories:ImportOnStart</c> is false — the seeds.
/// Logs go to stderr so <c>--json</c> output stays clean.
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private readonly IHost host;

    private CliServices(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    /// <summary>
    /// A path typed on the command line, relative to where it was typed (<c>dotnet run</c> keeps that folder: see
    /// <c>RunWorkingDirectory</c> in StoryBot.csproj). No fallback search: a typo must not import another folder.
    /// </summary>
    public static string ResolveUserPath(string path) => Path.GetFullPath(path);

    /// <summary>Builds the services and prepares the database; null (after printing why) when configuration is invalid.</summary>
    /// <param name="settings">Configuration overrides from the command line (<c>--Key=value</c>); they win over every other source.</param>
    public static async Task<CliServices?> StartAsync(IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        // Same content root as the bot (the app folder, where appsettings.json is copied), so both use one database.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. settings],
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "StoryBot",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(null, LogLevel.Warning);
        // The seed import's failures and warnings are printed below as "seed: …" lines; the initializer's log of them
        // would say each twice.
        builder.Logging.AddFilter<Microsoft.Extensions.Logging.Console.ConsoleLoggerProvider>(typeof(StoryDataInitializer).FullName, LogLevel.Error);
        builder.Services.AddStoryData(builder.Configuration);
        var services = new CliServices(builder.Build());
        try
        {
            ImportReport? seeds = await services.Services.GetRequiredService<StoryDataInitializer>()
                .InitializeAsync(cancellationToken).ConfigureAwait(false);
            if (seeds is not null)
            {
                foreach (string line in seeds.Warnings.Concat(seeds.Failures.Select(f => f.Reason ?? f.Path)))
                {
                    await Console.Error.WriteLineAsync($"seed: {line}").ConfigureAwait(false);
                }
            }

            return services;
        }
        catch (Exception ex) when (Hosting.ConfigurationProblem.Describe(ex, builder.Configuration) is { } problem)
        {
            await Console.Error.WriteLineAsync($"Configuration is invalid: {problem}").ConfigureAwait(false);
            await services.DisposeAsync().ConfigureAwait(false);
            return null;
        }
    }

    public ValueTask DisposeAsync()
    {
        host.Dispose();
        return ValueTask.CompletedTask;
    }
}
