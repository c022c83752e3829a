using System.Diagnostics;
using System.Globalization;
using StoryBot.Bench.Measurement;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>--only interaction-scale</c>: <c>/help</c> at fixed rates (<c>--scale-rates</c>, default 100 and 300 per second,
/// <c>--seconds</c> each) against the real StoryBot executable, first as one process running all 3 shards, then as 3
/// processes (one shard each, <c>Discord:Shards</c>) on the same store, each time with a fresh fake Discord of
/// 60 servers spread over the 3 shards. Reports interactions/s answered, p50/p99 round trip, deadlines missed, the bot's
/// CPU per interaction (user + system of every bot process) and each process's peak and current memory.
/// <c>/help</c> touches no story, so the figure is the interaction pipeline itself (gateway, dispatch, routing, the
/// library scope, the reply and its REST callback).
/// </summary>
public static class InteractionScaleSuite
{
    private const string Token = "bench-token";
    private const int Shards = 3;
    private const int Servers = 60;
    private const ulong FirstChannel = 9_000;
    private const int WarmUpRate = 100;
    private const int WarmUpSeconds = 5;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string database = Path.Combine(context.Options.WorkFolder, "scale.db");
        DeleteDatabase(database);

        // One start that migrates the store and imports the repository's seeds; the measured starts find them done.
        await using (FakeDiscordServer prepare = await FakeDiscordServer.StartAsync(FakeOptions(), cancellationToken).ConfigureAwait(false))
        {
            using BotProcess bot = BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(prepare, database, context.SeedFolder, null, importOnStart: true));
            await WaitForShardsAsync(prepare, [bot], cancellationToken).ConfigureAwait(false);
            await bot.StopAsync().ConfigureAwait(false);
        }

        await RunConfigurationAsync(context, database, processes: 1, cancellationToken).ConfigureAwait(false);
        await RunConfigurationAsync(context, database, processes: Shards, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunConfigurationAsync(BenchContext context, string database, int processes, CancellationToken cancellationToken)
    {
        string layout = processes == 1
            ? string.Create(CultureInfo.InvariantCulture, $"1 process ({Shards} shards)")
            : string.Create(CultureInfo.InvariantCulture, $"{processes} processes (1 shard each)");
        await using FakeDiscordServer fake = await FakeDiscordServer.StartAsync(FakeOptions(), cancellationToken).ConfigureAwait(false);
        var bots = new List<BotProcess>();
        try
        {
            for (int i = 0; i < processes; i++)
            {
                string? shards = processes == 1 ? null : i.ToString(CultureInfo.InvariantCulture);
                bots.Add(BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(fake, database, context.SeedFolder, shards, importOnStart: false, processes)));
            }

            await WaitForShardsAsync(fake, bots, cancellationToken).ConfigureAwait(false);
            InteractionTemplate[] help = [.. Enumerable.Range(0, Servers).Select(server => fake.PrepareInteraction(Help(server)))];

            // Warm-up (not counted), at the highest rate: tiered JIT (whose background compiles are CPU of the bot), the
            // first connections and the thread pool reach steady state before any measured phase.
            int warmUpRate = Math.Max(WarmUpRate, context.Options.ScaleRates.DefaultIfEmpty(WarmUpRate).Max());
            await RunPhaseAsync(fake, bots, help, warmUpRate, WarmUpSeconds, cancellationToken).ConfigureAwait(false);
            foreach (int rate in context.Options.ScaleRates)
            {
                ScalePhase phase = await RunPhaseAsync(fake, bots, help, rate, context.Options.Seconds, cancellationToken).ConfigureAwait(false);
                Report(context, layout, phase);
            }

            for (int i = 0; i < bots.Count; i++)
            {
                long peak = ProcessMemory.PeakWorkingSet(bots[i].Id);
                long now = CurrentWorkingSet(bots[i].Id);
                string who = processes == 1 ? "the process" : string.Create(CultureInfo.InvariantCulture, $"process {i} (shard {i})");
                context.Figures.Add(new Figure("interaction-scale", $"{layout}: peak working set, {who}", peak / 1_000_000d, "MB")
                {
                    CpuSeconds = bots[i].Cpu().TotalSeconds,
                    Note = string.Create(CultureInfo.InvariantCulture, $"{now / 1_000_000d:0.0} MB resident at the end; CPU s = everything since start"),
                });
                if (bots[i].HasExited)
                {
                    context.Notes.Add($"interaction-scale: a bot process exited during the load: {bots[i].Output}");
                }
            }

            if (processes > 1)
            {
                double total = bots.Sum(b => ProcessMemory.PeakWorkingSet(b.Id)) / 1_000_000d;
                context.Figures.Add(new Figure("interaction-scale", $"{layout}: peak working set, all processes together", total, "MB"));
            }
        }
        finally
        {
            foreach (BotProcess bot in bots)
            {
                await bot.StopAsync().ConfigureAwait(false);
                bot.Dispose();
            }
        }
    }

    private static void Report(BenchContext context, string layout, ScalePhase phase)
    {
        LoadResult load = phase.Load;
        string label = string.Create(CultureInfo.InvariantCulture, $"{layout}: /help at {phase.Rate}/s");
        context.Log(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {phase.AnsweredPerSecond:0} answered/s, p50 {load.Latency.P50:0.00} p99 {load.Latency.P99:0.00} ms, {load.Missed} missed, bot {phase.CpuMsPerInteraction:0.000} ms CPU each (sender max lag {load.MaxSendLagMs:0} ms)"));
        context.Figures.Add(new Figure("interaction-scale", $"{label}: interactions/s answered", phase.AnsweredPerSecond, "/s")
        {
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{load.Sent} sent in {load.Seconds:0.0} s (sender max lag {load.MaxSendLagMs:0} ms), {load.Latency.Count} answered, {load.Deferred} deferred"),
        });
        context.Figures.Add(new Figure("interaction-scale", $"{label}: p50 / p99 round trip", load.Latency.P99, "ms")
        {
            Note = string.Create(CultureInfo.InvariantCulture, $"p50 {load.Latency.P50:0.00} ms, p99 {load.Latency.P99:0.00} ms, max {load.Latency.Max:0.0} ms"),
        });
        context.Figures.Add(new Figure("interaction-scale", $"{label}: deadlines missed", load.Missed, string.Empty) { Target = "0", Met = load.Missed == 0 });
        context.Figures.Add(new Figure("interaction-scale", $"{label}: bot CPU per interaction", phase.CpuMsPerInteraction, "ms")
        {
            Baseline = "discord.js 14, same fake, 300/s (issue 15)",
            BaselineValue = 0.78,
            Target = "≤ discord.js",
            Met = phase.CpuMsPerInteraction <= 0.78,
            CpuSeconds = phase.BotCpu.TotalSeconds,
        });
    }

    /// <summary>
    /// Sends <paramref name="seconds"/> × <paramref name="rate"/> interactions at a fixed rate, round-robin over the
    /// servers (so every shard gets a third), then waits up to 5 s for the callbacks.
    /// </summary>
    private static async Task<ScalePhase> RunPhaseAsync(FakeDiscordServer fake, List<BotProcess> bots, InteractionTemplate[] templates, int rate, int seconds, CancellationToken cancellationToken)
    {
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
        long deadline = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * 5d);
        Dictionary<ulong, RecordedCallback> callbacks = [];
        while (Stopwatch.GetTimestamp() < deadline)
        {
            callbacks = fake.Callbacks.Where(c => pending.Contains(c.InteractionId)).GroupBy(c => c.InteractionId).ToDictionary(g => g.Key, g => g.First());
            if (callbacks.Count == pending.Count)
            {
                break;
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }

        TimeSpan cpu = Cpu(bots) - cpuBefore;
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
        return new ScalePhase(rate, load, latencies.Count / span, cpu);
    }

    private static TimeSpan Cpu(List<BotProcess> bots) => bots.Aggregate(TimeSpan.Zero, (sum, bot) => sum + (bot.HasExited ? TimeSpan.Zero : bot.Cpu()));

    /// <summary>Waits until every shard has a session and the commands are registered (the templates look their ids up).</summary>
    private static async Task WaitForShardsAsync(FakeDiscordServer fake, IReadOnlyList<BotProcess> bots, CancellationToken cancellationToken)
    {
        long deadline = Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * 120d);
        while (fake.ShardsWithSession.Count < Shards || fake.GlobalCommands.Count == 0)
        {
            if (Stopwatch.GetTimestamp() > deadline || bots.Any(b => b.HasExited))
            {
                throw new InvalidOperationException($"StoryBot's shards did not all reach READY: {string.Join("\n---\n", bots.Select(b => b.Output))}");
            }

            await Task.Delay(50, cancellationToken).ConfigureAwait(false);
        }
    }

    private static System.Text.Json.Nodes.JsonObject Help(int server)
    {
        var d = InteractionBuilders.SlashCommand("help", userId: 5000UL + (ulong)(server % 17), channelId: FirstChannel + (ulong)server);
        d["guild_id"] = Guild(server).ToString(CultureInfo.InvariantCulture);
        return d;
    }

    /// <summary>Server ids whose shard, <c>(id >> 22) % 3</c>, cycles 0, 1, 2.</summary>
    private static ulong Guild(int server) => (100UL + (ulong)server) << 22;

    private static FakeDiscordOptions FakeOptions()
    {
        // max_concurrency 3: the three shards identify in three buckets, at once (the identify rules are not what is measured).
        var options = new FakeDiscordOptions { Token = Token, Shards = Shards, MaxConcurrency = Shards, GuildId = Guild(0) }.UseLeanMode();
        for (int i = 0; i < Servers; i++)
        {
            if (i > 0)
            {
                options.ExtraGuildIds.Add(Guild(i));
            }

            options.Channels.Add(new FakeChannel { Id = FirstChannel + (ulong)i, GuildId = Guild(i) });
        }

        return options;
    }

    private static Dictionary<string, string> Settings(FakeDiscordServer fake, string database, string seeds, string? shards, bool importOnStart, int processes = 1)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Discord__Token"] = Token,
            ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Discord__ShardCount"] = Shards.ToString(CultureInfo.InvariantCulture),
            ["Discord__Processes"] = processes.ToString(CultureInfo.InvariantCulture),
            ["ConnectionStrings__Stories"] = $"Data Source={database}",
            ["Stories__SeedPath"] = seeds,
            ["Stories__ImportOnStart"] = importOnStart ? "true" : "false",
            ["Logging__LogLevel__Default"] = "Warning",
            ["DOTNET_ENVIRONMENT"] = "Production",
        };
        if (shards is not null)
        {
            settings["Discord__Shards"] = shards;
        }

        return settings;
    }

    private static long CurrentWorkingSet(int processId)
    {
        foreach (string line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private static void DeleteDatabase(string file)
    {
        foreach (string path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }
}
