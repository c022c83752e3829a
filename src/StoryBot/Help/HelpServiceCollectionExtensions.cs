using Microsoft.Extensions.Hosting;
using StoryBot.Commands;

namespace StoryBot.Help;

public static class HelpServiceCollectionExtensions
{
    /// <summary>/help, listing whatever commands are registered (trivia and daily included when present).</summary>
    public static IHostApplicationBuilder AddHelp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSlashCommand<HelpCommand>(HelpCommand.Name);
        return builder;
    }
}
