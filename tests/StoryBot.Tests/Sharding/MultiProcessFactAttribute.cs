using StoryBot.Testing;

namespace StoryBot.Tests.Sharding;

/// <summary>
/// A test that starts several bot processes on one PostgreSQL store: it runs when <c>STORYBOT_MULTIPROCESS=1</c>
/// (.ci/run sets it for a run of its own after the suite), and is skipped inside the parallel suite, where it would
/// measure the load, not the bot. Without a PostgreSQL server it is skipped with the reason, except in CI
/// (<c>STORYBOT_REQUIRE_POSTGRES=1</c>), where it fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultiProcessFactAttribute : FactAttribute
{
    public MultiProcessFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("STORYBOT_MULTIPROCESS") != "1")
        {
            Skip = "several bot processes: runs with STORYBOT_MULTIPROCESS=1 (.ci/run runs it on its own)";
        }
        else if (PostgresTestServer.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
