using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;
using StoryBot.Stories;

namespace StoryBot.Excerpts;

public static class ExcerptsServiceCollectionExtensions
{
    /// <summary>/excerpt with its paging buttons and autocomplete; options from the <c>Excerpts</c> section.</summary>
    public static IHostApplicationBuilder AddExcerpts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ExcerptOptions>()
            .Bind(builder.Configuration.GetSection(ExcerptOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(Random.Shared);
        builder.Services.TryAddScoped<ExcerptFinder>();
        builder.Services.TryAddScoped<StoryResolver>();
        builder.Services.TryAddScoped<ExcerptPageBuilder>();
        builder.Services.AddSlashCommand<ExcerptCommand>(ExcerptCommand.Name);
        builder.Services.AddComponentHandler<ExcerptButtons>(ExcerptLocation.Prefix);
        builder.Services.AddAutocompleteHandler<ExcerptAutocomplete>(ExcerptCommand.Name);
        return builder;
    }
}
