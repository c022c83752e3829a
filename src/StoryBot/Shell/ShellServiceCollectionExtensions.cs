using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StoryBot.Commands;

namespace StoryBot.Shell;

public static class ShellServiceCollectionExtensions
{
    /// <summary>
    /// The console front end: the shell as a hosted service and the console <see cref="IChannelMessenger"/>.
    /// Uses the process console unless an <see cref="IShellConsole"/> is registered first (tests, scripts).
    /// </summary>
    public static IServiceCollection AddConsoleShell(this IServiceCollection services)
    {
        services.AddCommandRouting();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IShellConsole, SystemShellConsole>();
        services.TryAddSingleton<ShellPersonas>();
        services.TryAddSingleton<ShellSession>();

        // The operator's own shell: /library file: may be a local path.
        services.TryAddSingleton<Libraries.LocalFileAccess>();
        services.TryAddSingleton<ConsoleShell>();
        services.TryAddSingleton<IChannelMessenger, ConsoleChannelMessenger>();
        services.AddHostedService<ShellHostedService>();
        return services;
    }
}
