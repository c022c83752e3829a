namespace StoryBot.Discord.Fake.Recording;

public enum FrameDirection
{
    /// <summary>Client to fake.</summary>
    Received,

    /// <summary>Fake to client.</summary>
    Sent,

    /// <summary>The fake closed the connection (or aborted it: <see cref="RecordedFrame.CloseStatus"/> null).</summary>
    ClosedByServer,

    /// <summary>The client closed the connection or it dropped.</summary>
    ClosedByClient,
}
