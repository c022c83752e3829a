using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Data;

namespace StoryBot.Hosting;

public static class StoryStoreExtensions
{
    /// <summary>The default database when <c>ConnectionStrings:Stories</c> is empty: a file in the working directory.</summary>
    public const string DefaultConnectionString = "Data Source=storybot.db";

    /// <summary>The SQLite story store and the start-up step that migrates it and imports the seeds.</summary>
    public static IHostApplicationBuilder AddStoryStore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StoriesOptions>()
            .Bind(builder.Configuration.GetSection(StoriesOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var connectionString = builder.Configuration.GetConnectionString("Stories");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = DefaultConnectionString;
        }

        builder.Services.AddDbContext<StoryDbContext>(options => options.UseSqlite(connectionString));
        builder.Services.AddHostedService<StoryStoreStartup>();
        return builder;
    }
}
