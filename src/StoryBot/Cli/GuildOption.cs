using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data;
using StoryBot.Data.Libraries;

namespace StoryBot.Cli;

/// <summary>
/// <c>--guild &lt;id&gt;</c> of the <c>stories</c> and <c>search</c> verbs: look at one server's own library (its uploads)
/// instead of the shared library.
/// </summary>
internal static class GuildOption
{
    public static Option<ulong?> Create() => new("--guild") { Description = "Show this server's own library (a Discord server id) instead of the shared library." };

    /// <summary>Scopes the verb's story context to the server's own library, or leaves it on the shared library.</summary>
    public static void Apply(IServiceProvider services, ulong? guild)
    {
        if (guild is { } id)
        {
            services.GetRequiredService<StoryDbContext>().UseLibrary(LibraryScope.OwnLibrary(id));
        }
    }
}
