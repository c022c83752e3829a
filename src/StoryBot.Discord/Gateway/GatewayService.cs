using Microsoft.Extensions.Hosting;

namespace StoryBot.Discord.Gateway;

internal sealed class GatewayService : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.CompletedTask;
}
