using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;

namespace StoryBot.Data.Hosting;

/// <summary>What every entry point runs first: migrate the database, then import the seed folder unless switched off.</summary>
public sealed partial class StoryDataInitializer(
    StoryDatabase database,
    IStoryImporter importer,
    IOptions<StoryDataOptions> options,
    IOptions<DatabaseOptions> databaseOptions,
    StoryDataPaths paths,
    ILogger<StoryDataInitializer> logger)
{
    /// <summary>Returns the seed import's report, or null when <c>Stories:ImportOnStart</c> is false or the folder is missing.</summary>
    public async Task<ImportReport?> InitializeAsync(CancellationToken cancellationToken)
    {
        // Validated first (a bad Database:Provider or a missing PostgreSQL connection string is one line, before any I/O).
        _ = databaseOptions.Value;
        StoryDataOptions settings = options.Value;
        await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (!settings.ImportOnStart)
        {
            return null;
        }

        string seeds = paths.Resolve(settings.SeedPath);
        if (!Directory.Exists(seeds))
        {
            LogNoSeeds(logger, seeds);
            return null;
        }

        ImportReport report = await importer.ImportAsync([seeds], ImportOptions.Default with { Parallelism = settings.ImportParallelism }, cancellationToken)
            .ConfigureAwait(false);
        foreach (string warning in report.Warnings)
        {
            LogSeedWarning(logger, warning);
        }

        foreach (ImportFileResult failure in report.Failures)
        {
            LogSeedFailure(logger, failure.Reason ?? failure.Path);
        }

        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed import: {Warning}")]
    private static partial void LogSeedWarning(ILogger logger, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Seed import failed: {Reason}")]
    private static partial void LogSeedFailure(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No seed folder at {Path}; nothing imported at start")]
    private static partial void LogNoSeeds(ILogger logger, string path);
}
