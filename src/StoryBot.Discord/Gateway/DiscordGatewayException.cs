namespace StoryBot.Discord.Gateway;

/// <summary>
/// The gateway refused the session for good (close codes 4004, 4010–4014, or 401 from /gateway/bot).
/// The client does not reconnect; the host stops with exit code 1.
/// </summary>
public sealed class DiscordGatewayException : Exception
{
    /// <summary>Creates an exception.</summary>
    public DiscordGatewayException(int closeCode, string message)
        : base(message) => CloseCode = closeCode;

    /// <summary>Creates an exception.</summary>
    public DiscordGatewayException()
    {
    }

    /// <summary>Creates an exception.</summary>
    public DiscordGatewayException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception.</summary>
    public DiscordGatewayException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The close code (or 401 for a rejected token on REST).</summary>
    public int CloseCode { get; }
}
