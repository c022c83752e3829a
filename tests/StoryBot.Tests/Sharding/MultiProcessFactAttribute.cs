namespace StoryBot.Tests.Sharding;

/// <summary>
/// A test that starts several bot processes: it runs when <c>STORYBOT_MULTIPROCESS=1</c> (.ci/run sets it for a run of
/// its own after the suite), and is skipped inside the parallel suite, where it would measure the load, not the bot.
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
    }
}
