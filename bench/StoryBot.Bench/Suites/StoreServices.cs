using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Hosting;
using StoryBot.Data.Storage;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The product's own story store (AddStoryData) with warnings-only logging, selected as the product selects it:
/// <c>Database:Provider</c> and <c>ConnectionStrings:Stories</c>.
/// </summary>
public static class StoreServices
{
    public static ServiceProvider Build(string databaseFile, string contentRoot) =>
        Build(DatabaseProvider.Sqlite, $"Data Source={databaseFile}", contentRoot);

    public static ServiceProvider Build(DatabaseProvider provider, string connectionString, string contentRoot)
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["contentRoot"] = contentRoot,
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Stories"] = connectionString,
                ["Stories:ImportOnStart"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddStoryData(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
