using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StoryBot.Hosting;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The product's own composition (StoryBotHost.AddStoryBot, shell mode) over the imported database, built but not
/// started: features are resolved from it exactly as an interaction would resolve them.
/// </summary>
public static class FeatureHost
{
    public static IHost Build(string databaseFile, string workFolder)
    {
        HostApplicationBuilder builder = StoryBotHost.CreateBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = workFolder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Stories"] = $"Data Source={databaseFile}",
            ["Stories:ImportOnStart"] = "false",
        });
        builder.AddStoryBot(HostMode.Shell);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        return builder.Build();
    }
}
