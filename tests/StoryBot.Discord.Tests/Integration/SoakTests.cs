using System.Globalization;
using StoryBot.Discord.Fake.Recording;
using Xunit.Abstractions;

namespace StoryBot.Discord.Tests.Integration;

public class SoakTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Soak_1000InteractionsThroughRandomFaults_NoneLostNoneDoubled()
    {
        // The 3-second window is checked by the auto-defer tests; here the fake allows 20 s so that CPU contention on a
        // shared 2-core machine cannot turn "late" into "lost". At most 64 interactions are outstanding at a time.
        await using var h = await DiscordHarness.StartAsync(o =>
        {
            o.HeartbeatIntervalMs = 400;
            o.InteractionResponseWindow = TimeSpan.FromSeconds(20);
        });
        var random = new Random(20261122);
        var interactions = new List<FakeInteraction>();
        var faults = 0;
        for (var i = 0; i < 1000; i++)
        {
            if (i % 50 == 25)
            {
                faults++;
                await InjectAsync(h, random.Next(6));
            }

            var outstanding = interactions.Count - h.Fake.Callbacks.Count;
            if (outstanding >= 64)
            {
                await h.WaitUntilAsync(() => interactions.Count - h.Fake.Callbacks.Count < 32, seconds: 60);
            }

            interactions.Add(await h.SlashAsync("ping"));
        }

        await h.WaitUntilAsync(() => interactions.All(x => h.Log.Count(x.Id) > 0), seconds: 90);
        await h.WaitUntilAsync(() => h.Dispatcher.Completed >= interactions.Count, seconds: 30);
        h.Fake.AckHeartbeats = true;

        Assert.All(interactions, x => Assert.Equal(1, h.Log.Count(x.Id)));
        var callbacks = h.Fake.Callbacks.GroupBy(c => c.InteractionId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.All(interactions, x => Assert.Equal(204, Assert.Single(callbacks[x.Id]).Status));
        Assert.Single(h.Fake.Frames, f => f.Direction == FrameDirection.Received && f.Op == 2);
        var resumes = h.Fake.Frames.Count(f => f.Direction == FrameDirection.Received && f.Op == 6);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"soak: {interactions.Count} interactions, {faults} faults injected, {resumes} resumes, {h.Fake.Connections.Count} connections"));
        h.AssertNoSchemaViolations();
        h.AssertNoSecretsLogged();
    }

    [Fact]
    public async Task Latency_DispatchToCallback_Measured()
    {
        await using var h = await DiscordHarness.StartAsync(o => { o.HeartbeatIntervalMs = 5000;  });

        // Warm-up, then one at a time (idle latency), then a burst of 200 (loaded latency).
        for (var i = 0; i < 20; i++)
        {
            await h.Fake.WaitForCallbackAsync((await h.SlashAsync("ping")).Id, DiscordHarness.Timeout());
        }

        var sequential = new List<FakeInteraction>();
        for (var i = 0; i < 300; i++)
        {
            var interaction = await h.SlashAsync("ping");
            await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Timeout());
            sequential.Add(interaction);
        }

        var burst = new List<FakeInteraction>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            burst.Add(await h.SlashAsync("ping"));
        }

        var dispatchMs = clock.Elapsed.TotalMilliseconds;

        foreach (var interaction in burst)
        {
            await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Timeout());
        }

        Report("sequential", Latencies(h, sequential));
        Report("burst of 200", Latencies(h, burst));
        Report("burst dispatch loop (fake side, total ms)", [dispatchMs]);
    }

    private static async Task InjectAsync(DiscordHarness h, int kind)
    {
        var ct = DiscordHarness.Timeout();
        if (!h.Fake.IsSessionConnected)
        {
            return; // still reconnecting from the previous fault
        }

        try
        {
            switch (kind)
            {
                case 0:
                    await h.Fake.DropConnectionAsync(ct);
                    break;
                case 1:
                    await h.Fake.SendReconnectAsync(ct);
                    break;
                case 2:
                    await h.Fake.SendInvalidSessionAsync(resumable: true, ct);
                    break;
                case 3:
                    await h.Fake.CloseConnectionAsync(4000, "unknown error", ct);
                    break;
                case 4:
                    await h.Fake.CloseConnectionAsync(4008, "rate limited", ct);
                    break;
                default:
                    h.Fake.AckHeartbeats = !h.Fake.AckHeartbeats; // zombie until the next toggle
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            // The connection went away between the check and the fault: that is a fault too.
        }
    }

    private static List<double> Latencies(DiscordHarness h, List<FakeInteraction> interactions)
    {
        var sent = h.Fake.Frames
            .Where(f => f.Direction == FrameDirection.Sent && f.EventName == "INTERACTION_CREATE")
            .GroupBy(f => f.Payload!["d"]!["id"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => g.First().Timestamp);
        var callbacks = h.Fake.Callbacks.GroupBy(c => c.InteractionId).ToDictionary(g => g.Key, g => g.First().Timestamp);
        return [.. interactions
            .Select(i => (callbacks[i.Id] - sent[i.Id.ToString(CultureInfo.InvariantCulture)]).TotalMilliseconds)
            .Order()];
    }

    private void Report(string label, List<double> sorted)
    {
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        var line = string.Create(CultureInfo.InvariantCulture, $"latency {label}: n={sorted.Count} p50={P(0.50):0.00} ms p99={P(0.99):0.00} ms max={sorted[^1]:0.00} ms");
        output.WriteLine(line);
        if (Environment.GetEnvironmentVariable("STORYBOT_LATENCY_FILE") is { Length: > 0 } file)
        {
            File.AppendAllText(file, line + Environment.NewLine);
        }
    }
}
