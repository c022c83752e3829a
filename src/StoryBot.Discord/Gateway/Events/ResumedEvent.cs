namespace StoryBot.Discord.Gateway.Events;

/// <summary>RESUMED: replay after a resume has finished.</summary>
/// <param name="ReplayedEvents">Dispatch events received between RESUME and RESUMED.</param>
public sealed record ResumedEvent(int ReplayedEvents) : IGatewayEvent;
