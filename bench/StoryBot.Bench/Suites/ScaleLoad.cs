using System.Diagnostics;
using StoryBot.Bench.Measurement;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The load of <see cref="InteractionScaleSuite"/>: fixed-rate phases of prepared interactions, and the idle window
/// that gives the same run's baseline CPU.
/// </summary>
public static class ScaleLoad
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    /// <summary>
    /// The bot processes' CPU over <paramref name="seconds"/> of no traffic, after <paramref name="settleSeconds"/>
    /// (not counted) for the background work the last phase left (tier-1 compiles, a GC) to finish.
    /// </summary>
    public static async Task<IdleBaseline> MeasureIdleAsync(List<BotProcess> bots, double settleSeconds, double seconds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bots);
        await Task.Delay(TimeSpan.FromSeconds(settleSeconds), cancellationToken).ConfigureAwait(false);
        TimeSpan before = Cpu(bots);
        long started = Stopwatch.GetTimestamp();
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken).ConfigureAwait(false);
        TimeSpan cpu = Cpu(bots) - before;
        return new IdleBaseline(cpu, Stopwatch.GetElapsedTime(started).TotalSeconds);
    }

    /// <summary>
    /// Sends <paramref name="seconds"/> × <paramref name="rate"/> interactions at a fixed rate, round-robin over the
    /// templates (so every shard gets its share), then waits up to 5 s for the callbacks. The CPU window runs from the
    /// first send to the last callback (or the end of the wait).
    /// </summary>
    public static async Task<ScalePhase> RunPhaseAsync(FakeDiscordServer fake, List<BotProcess> bots, InteractionTemplate[] templates, int rate, int seconds, IdleBaseline idle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fake);
        ArgumentNullException.ThrowIfNull(bots);
        ArgumentNullException.ThrowIfNull(templates);
        int count = rate * seconds;
        TimeSpan cpuBefore = Cpu(bots);
        var sent = new List<(ulong Id, DateTimeOffset At)>(count);
        long started = Stopwatch.GetTimestamp();
        DateTimeOffset firstSent = DateTimeOffset.UtcNow;
        double maxLag = 0;
        for (int i = 0; i < count; i++)
        {
            double due = i * 1000d / rate;
            double now = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (due - now > 1)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(due - now), cancellationToken).ConfigureAwait(false);
            }

            maxLag = Math.Max(maxLag, Stopwatch.GetElapsedTime(started).TotalMilliseconds - due);
            DateTimeOffset at = DateTimeOffset.UtcNow;
            DispatchedInteraction interaction = await fake.DispatchInteractionAsync(templates[i % templates.Length], cancellationToken).ConfigureAwait(false);
            sent.Add((interaction.Id, at));
        }

        double sendSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var pending = sent.Select(s => s.Id).ToHashSet();
        Dictionary<ulong, RecordedCallback> callbacks = await FirstCallbacks.WaitAsync(fake, pending, TimeSpan.FromMilliseconds(20), cancellationToken).ConfigureAwait(false);

        TimeSpan cpu = Cpu(bots) - cpuBefore;
        double window = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var latencies = new List<double>(count);
        int missed = 0;
        int deferred = 0;
        DateTimeOffset lastAnswer = firstSent;
        foreach (var (id, at) in sent)
        {
            if (!callbacks.TryGetValue(id, out RecordedCallback? callback) || callback.Status is < 200 or >= 300 || callback.Timestamp - at > Deadline)
            {
                missed++;
            }

            if (callback is not null)
            {
                latencies.Add((callback.Timestamp - at).TotalMilliseconds);
                deferred += callback.Type == 5 ? 1 : 0;
                lastAnswer = callback.Timestamp > lastAnswer ? callback.Timestamp : lastAnswer;
            }
        }

        double span = Math.Max((lastAnswer - firstSent).TotalSeconds, 0.001);
        var load = new LoadResult(new Percentiles(latencies), count, missed, deferred, maxLag, sendSeconds);
        return new ScalePhase(rate, load, latencies.Count / span, cpu, window, idle);
    }

    /// <summary>User + system CPU of every bot process still running.</summary>
    public static TimeSpan Cpu(List<BotProcess> bots)
    {
        ArgumentNullException.ThrowIfNull(bots);
        return bots.Aggregate(TimeSpan.Zero, (sum, bot) => sum + (bot.HasExited ? TimeSpan.Zero : bot.Cpu()));
    }
}
