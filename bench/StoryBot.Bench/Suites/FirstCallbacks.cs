using System.Diagnostics;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Bench.Suites;

/// <summary>The first callback the fake received for each sent interaction, waiting up to 5 s for the last ones.</summary>
internal static class FirstCallbacks
{
    public static async Task<Dictionary<ulong, RecordedCallback>> WaitAsync(FakeDiscordServer fake, HashSet<ulong> pending, TimeSpan poll, CancellationToken cancellationToken)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * 5d);
        Dictionary<ulong, RecordedCallback> callbacks = [];
        while (Stopwatch.GetTimestamp() < deadline)
        {
            callbacks = fake.Callbacks.Where(c => pending.Contains(c.InteractionId)).GroupBy(c => c.InteractionId).ToDictionary(g => g.Key, g => g.First());
            if (callbacks.Count == pending.Count)
            {
                break;
            }

            await Task.Delay(poll, cancellationToken).ConfigureAwait(false);
        }

        return callbacks;
    }
}
