using System.Globalization;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// Close codes → action (opcodes-and-status-codes.mdx#gateway-close-event-codes): 4004 and 4010–4014 must not be
/// reconnected; 4007 (invalid seq) and 4009 (session timed out) need a new session; anything else may resume.
/// </summary>
internal static class CloseCodePolicy
{
    public static ReconnectAction Decide(int? closeCode) => closeCode switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => ReconnectAction.Fatal,
        4007 or 4009 => ReconnectAction.Reidentify,
        _ => ReconnectAction.Resume,
    };

    /// <summary>One clear sentence naming the problem and the fix.</summary>
    public static string Describe(int closeCode, int shardId, int shardCount, int intents) => closeCode switch
    {
        4004 => "Discord rejected the bot token (gateway close 4004 Authentication failed). Check Discord:Token; reset the token in the Developer Portal if it leaked.",
        4010 => string.Create(CultureInfo.InvariantCulture, $"Discord rejected the shard (gateway close 4010 Invalid shard): Discord:ShardId={shardId} with Discord:ShardCount={shardCount} is not valid."),
        4011 => "Discord requires sharding (gateway close 4011 Sharding required): the bot is in too many guilds for one connection; raise Discord:ShardCount.",
        4012 => "Discord rejected the gateway API version (gateway close 4012 Invalid API version).",
        4013 => string.Create(CultureInfo.InvariantCulture, $"Discord rejected the intents (gateway close 4013 Invalid intent(s)): {intents} is not a valid intents value."),
        4014 => string.Create(CultureInfo.InvariantCulture, $"Discord refused the intents (gateway close 4014 Disallowed intent(s)): intents {intents} include one not enabled for this application in the Developer Portal."),
        _ => string.Create(CultureInfo.InvariantCulture, $"The gateway closed the connection with code {closeCode}."),
    };
}
