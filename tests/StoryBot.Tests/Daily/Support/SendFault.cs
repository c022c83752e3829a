namespace StoryBot.Tests.Daily.Support;

/// <summary>What goes wrong with the next send.</summary>
public enum SendFault
{
    /// <summary>The request never reaches Discord (network down): nothing is posted, the caller sees an error.</summary>
    LostBeforeDelivery,

    /// <summary>Discord posts the message but the response is lost (timeout, 5xx from a proxy): the caller sees an error.</summary>
    LostAfterDelivery,

    /// <summary>The bot process dies before the request leaves: nothing is posted, the run is cancelled.</summary>
    CrashBeforeDelivery,

    /// <summary>The bot process dies right after Discord posted the message: the run is cancelled before it can record it.</summary>
    CrashAfterDelivery,
}
