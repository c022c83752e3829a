namespace StoryBot.Hosting;

/// <summary>Calls the data layer's importer for the seed folder.</summary>
internal static class SeedImport
{
    public static Task RunAsync(IServiceProvider services, string seedPath, CancellationToken cancellationToken)
    {
        // Wired to the data layer's importer once it lands.
        _ = services;
        _ = seedPath;
        _ = cancellationToken;
        return Task.CompletedTask;
    }
}
