namespace StoryBot.Discord.Rest;

/// <summary>GET /gateway/bot (gateway.mdx#get-gateway-bot).</summary>
/// <param name="Url">WSS URL to connect to.</param>
/// <param name="Shards">Recommended shard count.</param>
/// <param name="SessionStartTotal">Total session starts allowed per reset.</param>
/// <param name="SessionStartRemaining">Session starts left.</param>
/// <param name="SessionStartResetAfter">Time until the limit resets.</param>
/// <param name="MaxConcurrency">Identify requests allowed per 5 seconds.</param>
public sealed record GatewayBotInfo(
    Uri Url,
    int Shards,
    int SessionStartTotal,
    int SessionStartRemaining,
    TimeSpan SessionStartResetAfter,
    int MaxConcurrency);
