using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;

namespace StoryBot.Stories;

public static class StoriesServiceCollectionExtensions
{
    /// <summary>/story list and /story info.</summary>
    public static IHostApplicationBuilder AddStories(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddScoped<StoryListPage>();
        builder.Services.TryAddScoped<StoryResolver>();
        builder.Services.TryAddScoped<StoryInfoBuilder>();
        builder.Services.TryAddScoped<StoryWorkFields>();
        builder.Services.AddSlashCommand<StoryCommand>(StoryCommand.Name);
        builder.Services.AddComponentHandler<StoryButtons>(StoryButtons.Prefix);
        builder.Services.AddAutocompleteHandler<StoryAutocomplete>(StoryCommand.Name);
        return builder;
    }
}
