using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Data.Hosting;

namespace StoryBot.Hosting;

public static class StoryStoreExtensions
{
    /// <summary>
    /// The data layer's story store (<c>AddStoryData</c>: SQLite, importer, search, queries) and the start-up step
    /// that migrates it and imports the seeds before any front end starts. A relative <c>Stories:SeedPath</c> is
    /// resolved by the data layer (<see cref="StoryDataPaths.Resolve"/>: content root, then the working directory and
    /// its parents, then the app folder and its parents).
    /// </summary>
    public static IHostApplicationBuilder AddStoryStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddStoryData(builder.Configuration);
        builder.Services.AddHostedService<StoryStoreStartup>();
        return builder;
    }
}
