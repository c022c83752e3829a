namespace StoryBot.Commands;

/// <summary>
/// Why the host is stopping, as far as features need to know: a front end whose session simply ended (the console
/// shell at <c>:quit</c> or end of input) says so before it stops the host, and features word their goodbye for that
/// instead of for a restart.
/// </summary>
public sealed class SessionEnd
{
    private volatile bool ended;

    /// <summary>True once the user ended the session normally; false for a restart, SIGTERM or Ctrl+C.</summary>
    public bool EndedNormally => ended;

    public void MarkEndedNormally() => ended = true;
}
