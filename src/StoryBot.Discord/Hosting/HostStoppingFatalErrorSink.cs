using Microsoft.Extensions.Hosting;
using StoryBot.Discord.Gateway;

namespace StoryBot.Discord.Hosting;

/// <summary>Sets exit code 1 and stops the host.</summary>
internal sealed class HostStoppingFatalErrorSink(IHostApplicationLifetime lifetime) : IFatalErrorSink
{
    public void OnFatal(DiscordGatewayException error)
    {
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
