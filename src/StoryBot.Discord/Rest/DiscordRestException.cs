using System.Net;

namespace StoryBot.Discord.Rest;

/// <summary>
/// Discord answered a request with an error (after rate-limit waits and 5xx retries). Carries the HTTP status and
/// Discord's JSON error code and message. The message never contains the bot token, interaction or webhook tokens.
/// </summary>
public sealed class DiscordRestException : Exception
{
    /// <summary>Creates an exception.</summary>
    public DiscordRestException(HttpStatusCode statusCode, int? errorCode, string discordMessage, string route)
        : base($"Discord answered {(int)statusCode} {statusCode} to {route}: {(errorCode is null ? "" : $"[{errorCode}] ")}{discordMessage}")
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        DiscordMessage = discordMessage;
        Route = route;
    }

    /// <summary>Creates an exception with its cause (e.g. an unreadable body).</summary>
    public DiscordRestException(HttpStatusCode statusCode, int? errorCode, string discordMessage, string route, Exception innerException)
        : base($"Discord answered {(int)statusCode} {statusCode} to {route}: {(errorCode is null ? "" : $"[{errorCode}] ")}{discordMessage}", innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        DiscordMessage = discordMessage;
        Route = route;
    }

    /// <summary>Creates an exception.</summary>
    public DiscordRestException()
        : this(HttpStatusCode.InternalServerError, null, "unknown error", "?")
    {
    }

    /// <summary>Creates an exception.</summary>
    public DiscordRestException(string message)
        : base(message)
    {
        DiscordMessage = message;
        Route = "?";
    }

    /// <summary>Creates an exception.</summary>
    public DiscordRestException(string message, Exception innerException)
        : base(message, innerException)
    {
        DiscordMessage = message;
        Route = "?";
    }

    /// <summary>HTTP status.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>Discord's JSON error code (opcodes-and-status-codes.mdx#json), e.g. 10062 Unknown interaction.</summary>
    public int? ErrorCode { get; }

    /// <summary>Discord's error message.</summary>
    public string DiscordMessage { get; }

    /// <summary>Method and route with tokens replaced by <c>:token</c>.</summary>
    public string Route { get; }
}
