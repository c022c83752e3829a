namespace StoryBot.Discord.Gateway;

/// <summary>Read-only view of the gateway connection (for status commands and health checks).</summary>
public interface IDiscordGatewayStatus
{
    /// <summary>True between READY/RESUMED and the next disconnect.</summary>
    bool IsReady { get; }

    /// <summary>The application id from READY.</summary>
    ulong? ApplicationId { get; }

    /// <summary>Last heartbeat round trip.</summary>
    TimeSpan? Latency { get; }
}
