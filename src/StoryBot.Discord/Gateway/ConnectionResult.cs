namespace StoryBot.Discord.Gateway;

/// <summary>How one WebSocket connection ended.</summary>
/// <param name="Action">What to do next.</param>
/// <param name="CloseCode">The server's close code, if any.</param>
/// <param name="WasHealthy">READY or RESUMED was received on this connection.</param>
/// <param name="InvalidSession">Ended by op 9 <c>d:false</c> (wait 1–5 s before identifying).</param>
/// <param name="ConnectFailed">The WebSocket never opened.</param>
internal readonly record struct ConnectionResult(
    ReconnectAction Action,
    int? CloseCode = null,
    bool WasHealthy = false,
    bool InvalidSession = false,
    bool ConnectFailed = false);
