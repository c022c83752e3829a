using System.Globalization;

namespace StoryBot.Discord.Fake;

/// <summary>
/// Standalone fake Discord: <c>dotnet run --project tests/StoryBot.Discord.Fake -- --urls http://127.0.0.1:5055 --token T</c>.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var options = new FakeDiscordOptions { Urls = "http://127.0.0.1:5055", EnableConsoleLogging = false };
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--urls" when value is not null:
                    options.Urls = value;
                    i++;
                    break;
                case "--token" when value is not null:
                    options.Token = value;
                    i++;
                    break;
                case "--heartbeat-interval" when value is not null:
                    options.HeartbeatIntervalMs = int.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--application-id" when value is not null:
                    options.ApplicationId = ulong.Parse(value, CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--lenient":
                    options.RejectInvalidBodies = false;
                    break;
                case "--log":
                    options.EnableConsoleLogging = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown argument '{args[i]}'. Usage: --urls <url> --token <token> [--heartbeat-interval <ms>] [--application-id <id>] [--lenient] [--log]").ConfigureAwait(false);
                    return 2;
            }
        }

        await using var server = await FakeDiscordServer.StartAsync(options).ConfigureAwait(false);
        Console.WriteLine($"Fake Discord listening. REST: {server.ApiBaseUrl}  gateway: {server.GatewayUrl}  control: {server.BaseAddress}_fake/");
        Console.WriteLine($"Application id {options.ApplicationId}, guild {options.GuildId}, channel {FakeChannel.DefaultId}. Ctrl+C to stop.");
        await server.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
