using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StoryBot.Commands;

namespace StoryBot.Libraries;

public static class LibrariesServiceCollectionExtensions
{
    /// <summary>/library (servers' own libraries), the attachment downloader and the removed-server clean-up.</summary>
    public static IHostApplicationBuilder AddLibraries(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<AttachmentDownloader>();
        builder.Services.TryAddScoped<LibraryUploads>();
        builder.Services.TryAddScoped<LibraryReplies>();
        builder.Services.AddSlashCommand<LibraryCommand>(LibraryCommand.Name);
        builder.Services.AddComponentHandler<LibraryButtons>(LibraryButtons.Prefix);
        builder.Services.AddAutocompleteHandler<LibraryAutocomplete>(LibraryCommand.Name);
        builder.Services.AddHostedService<LibraryCleanupService>();
        return builder;
    }
}
