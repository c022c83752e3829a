namespace StoryBot.Discord.Gateway;

/// <summary>What to do after a connection ends.</summary>
internal enum ReconnectAction
{
    /// <summary>Reconnect to resume_gateway_url and RESUME.</summary>
    Resume,
    /// <summary>Forget the session; reconnect to the cached URL and IDENTIFY.</summary>
    Reidentify,
    /// <summary>Never reconnect (bad token, shard, version or intents).</summary>
    Fatal,
    /// <summary>We are shutting down.</summary>
    Stop,
}
