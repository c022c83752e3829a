using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Data.Hosting;

namespace StoryBot.Hosting;

public static class StoryStoreExtensions
{
    /// <summary>
    /// The data layer's story store (<c>AddStoryData</c>: SQLite, importer, search, queries) and the start-up step
    /// that migrates it and imports the seeds before any front end starts. A relative <c>Stories:SeedPath</c> is
    /// looked up from the working directory and its parents, then the app folder (see <see cref="PathResolver"/>).
    /// </summary>
    public static IHostApplicationBuilder AddStoryStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var seedPath = builder.Configuration[$"{StoryDataOptions.SectionName}:{nameof(StoryDataOptions.SeedPath)}"];
        if (!string.IsNullOrWhiteSpace(seedPath) && !Path.IsPathRooted(seedPath))
        {
            builder.Configuration[$"{StoryDataOptions.SectionName}:{nameof(StoryDataOptions.SeedPath)}"] = PathResolver.Resolve(seedPath);
        }

        builder.Services.AddStoryData(builder.Configuration);
        builder.Services.AddHostedService<StoryStoreStartup>();
        return builder;
    }
}
