namespace StoryBot.Trivia.Games;

/// <summary>
/// The time trivia runs on: the host's <see cref="TimeProvider"/>, passed through. It is its own service so an
/// end-to-end test can play a whole game on a manual clock while the Discord client beside it keeps real time.
/// </summary>
public sealed class TriviaClock(TimeProvider inner) : TimeProvider
{
    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);
}
