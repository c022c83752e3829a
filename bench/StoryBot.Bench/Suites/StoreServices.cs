using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Hosting;

namespace StoryBot.Bench.Suites;

/// <summary>The product's own story store (AddStoryData) over a given database file, with warnings-only logging.</summary>
public static class StoreServices
{
    public static ServiceProvider Build(string databaseFile, string contentRoot)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["contentRoot"] = contentRoot,
                ["ConnectionStrings:Stories"] = $"Data Source={databaseFile}",
                ["Stories:ImportOnStart"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddStoryData(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
