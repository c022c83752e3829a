namespace StoryBot.Data.Tests.Support;

/// <summary>A clock that stands still unless a test moves it.</summary>
internal sealed class FakeTimeProvider : TimeProvider
{
    private DateTimeOffset now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
