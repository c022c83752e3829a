using StoryBot.Commands;

namespace StoryBot.Daily.Posting;

/// <summary>The sentences <c>/daily status</c> shows for a paused schedule.</summary>
public static class PauseReasons
{
    public static string For(ulong channelId, ChannelProblem problem) => problem switch
    {
        ChannelProblem.NotFound => $"The channel <#{channelId}> was deleted, or I can no longer see it.",
        _ => $"I lost permission to post in <#{channelId}> (I need View Channel, Send Messages and Embed Links there).",
    };

    public static string UnknownZone(string zone) => $"The time zone '{zone}' is not in the time zone database any more.";

    public static string BadTime(string time) => $"The stored time '{time}' is not a valid HH:mm time.";
}
