using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Daily;
using StoryBot.DiscordBridge;
using StoryBot.Excerpts;
using StoryBot.Help;
using StoryBot.Libraries;
using StoryBot.Observability;
using StoryBot.Shell;
using StoryBot.Stories;
using StoryBot.Trivia;

namespace StoryBot.Hosting;

/// <summary>
/// The composition root: configuration (appsettings.json next to the executable, user secrets, environment,
/// command line), the story store, every feature, and one front end — Discord when a token is set, otherwise
/// the console shell.
/// </summary>
public static class StoryBotHost
{
    /// <summary>A builder with StoryBot's configuration sources; <paramref name="settings"/> lets tests add their own.</summary>
    public static HostApplicationBuilder CreateBuilder(HostApplicationBuilderSettings? settings = null)
    {
        settings ??= new HostApplicationBuilderSettings();
        settings.ContentRootPath ??= AppContext.BaseDirectory;
        settings.ApplicationName ??= "StoryBot";
        var builder = Host.CreateApplicationBuilder(settings);
        AddUserSecrets(builder.Configuration);
        return builder;
    }

    /// <summary>Discord when <c>Discord:Token</c> is set, otherwise the console shell.</summary>
    public static HostMode DetectMode(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.IsNullOrWhiteSpace(configuration["Discord:Token"]) ? HostMode.Shell : HostMode.Discord;
    }

    /// <summary>Everything StoryBot needs for <paramref name="mode"/>.</summary>
    public static IHostApplicationBuilder AddStoryBot(this IHostApplicationBuilder builder, HostMode mode)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(15));
        builder.AddStoryStore();
        builder.ConfigureFeatures();
        if (mode == HostMode.Discord)
        {
            builder.AddDiscordFrontEnd();
            builder.AddObservability();
        }
        else
        {
            // Keep the console for the conversation: logs go to standard error, warnings and worse only.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            builder.Logging.AddFilter("StoryBot", LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
            builder.Services.AddConsoleShell();
        }

        return builder;
    }

    /// <summary>The features. Add one line per feature here.</summary>
    public static IHostApplicationBuilder ConfigureFeatures(this IHostApplicationBuilder builder)
    {
        builder.AddExcerpts();
        builder.AddStories();
        builder.AddHelp();
        builder.AddTrivia();
        builder.AddDaily();
        builder.AddLibraries();
        return builder;
    }

    // User secrets rank below environment variables and the command line, as in the Development defaults,
    // but are read in every environment so a local token never has to live in a file in the repository.
    private static void AddUserSecrets(IConfigurationBuilder configuration)
    {
        if (configuration.Sources.OfType<JsonConfigurationSource>().Any(s => s.Path == "secrets.json"))
        {
            return;
        }

        var secrets = new ConfigurationBuilder().AddUserSecrets(typeof(StoryBotHost).Assembly, optional: true, reloadOnChange: false).Sources;
        var index = configuration.Sources.ToList().FindLastIndex(s => s is JsonConfigurationSource) + 1;
        foreach (var source in secrets)
        {
            configuration.Sources.Insert(index++, source);
        }
    }
}
