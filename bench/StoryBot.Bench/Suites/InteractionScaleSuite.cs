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
/// CPU per interaction (user + system of every bot process; everything, and above the same processes' idle CPU measured
/// in the same run after the warm-up) and each process's peak and current memory.
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

    /// <summary>After the warm-up, before the idle window: the warm-up's background work (tier-1 compiles, a GC) ends.</summary>
    private const double SettleSeconds = 2;

    public static async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        string database = Path.Combine(context.Options.WorkFolder, "scale.db");
        DeleteDatabase(database);

        // One start that migrates the store and imports the repository's seeds; the measured starts find them done.
        await using (FakeDiscordServer prepare = await FakeDiscordServer.StartAsync(FakeOptions(), cancellationToken).ConfigureAwait(false))
        {
            using BotProcess bot = BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(prepare, database, context.SeedFolder, context.Options.BotEnvironment, null, importOnStart: true));
            await WaitForShardsAsync(prepare, [bot], cancellationToken).ConfigureAwait(false);
            await bot.StopAsync().ConfigureAwait(false);
        }

        foreach (int processes in context.Options.ScaleLayouts)
        {
            if (processes is not (1 or Shards))
            {
                throw new ArgumentException($"--scale-layouts takes 1 (one process, {Shards} shards) and/or {Shards} (one shard each).");
            }

            await RunConfigurationAsync(context, database, processes, cancellationToken).ConfigureAwait(false);
        }
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
                bots.Add(BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(fake, database, context.SeedFolder, context.Options.BotEnvironment, shards, importOnStart: false, processes)));
            }

            await WaitForShardsAsync(fake, bots, cancellationToken).ConfigureAwait(false);
            InteractionTemplate[] help = [.. Enumerable.Range(0, Servers).Select(server => fake.PrepareInteraction(Help(server)))];

            // Warm-up (not counted), at the highest rate: tiered JIT (whose background compiles are CPU of the bot), the
            // first connections and the thread pool reach steady state before any measured phase.
            int warmUpRate = Math.Max(WarmUpRate, context.Options.ScaleRates.DefaultIfEmpty(WarmUpRate).Max());
            await ScaleLoad.RunPhaseAsync(fake, bots, help, warmUpRate, WarmUpSeconds, IdleBaseline.None, cancellationToken).ConfigureAwait(false);

            // Idle baseline (same run, same processes): what they spend with no interaction at all over --seconds.
            IdleBaseline idle = await ScaleLoad.MeasureIdleAsync(bots, SettleSeconds, context.Options.Seconds, cancellationToken).ConfigureAwait(false);
            ReportIdle(context, layout, idle, processes);
            foreach (int rate in context.Options.ScaleRates)
            {
                ScalePhase phase = await ScaleLoad.RunPhaseAsync(fake, bots, help, rate, context.Options.Seconds, idle, cancellationToken).ConfigureAwait(false);
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
            $"{label}: {phase.AnsweredPerSecond:0} answered/s, p50 {load.Latency.P50:0.00} p99 {load.Latency.P99:0.00} ms, {load.Missed} missed, bot {phase.CpuMsPerInteraction:0.000} ms CPU each, {phase.MarginalCpuMsPerInteraction:0.000} ms above idle (sender max lag {load.MaxSendLagMs:0} ms)"));
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
            Note = string.Create(CultureInfo.InvariantCulture,
                $"everything the processes spent from the first send to the last callback ({phase.WindowSeconds:0.0} s), idle included, as process.cpuUsage() counts"),
        });
        context.Figures.Add(new Figure("interaction-scale", $"{label}: bot CPU per interaction above idle", phase.MarginalCpuMsPerInteraction, "ms")
        {
            Baseline = "idle CPU of the same processes, same run",
            BaselineValue = phase.Idle.CpuMsPerSecond * phase.WindowSeconds / Math.Max(1, load.Sent),
            CpuSeconds = phase.BotCpu.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"(window CPU {phase.BotCpu.TotalMilliseconds:0} ms − idle {phase.Idle.CpuMsPerSecond:0.0} ms/s × {phase.WindowSeconds:0.0} s) ÷ {load.Sent} interactions; the baseline column is the idle share per interaction"),
        });
    }

    private static void ReportIdle(BenchContext context, string layout, IdleBaseline idle, int processes)
    {
        context.Log(string.Create(CultureInfo.InvariantCulture, $"{layout}: idle {idle.CpuMsPerSecond:0.0} ms CPU per second over {idle.Seconds:0.0} s (all processes)"));
        context.Figures.Add(new Figure("interaction-scale", $"{layout}: idle CPU, no interactions (all processes)", idle.CpuMsPerSecond, "ms/s")
        {
            CpuSeconds = idle.Cpu.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{idle.Cpu.TotalMilliseconds:0} ms over {idle.Seconds:0.0} s after the warm-up and {SettleSeconds:0} s settling, {processes} process(es); subtracted in the 'above idle' figures"),
        });
    }

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

    private static Dictionary<string, string> Settings(FakeDiscordServer fake, string database, string seeds, IReadOnlyDictionary<string, string> botEnvironment, string? shards, bool importOnStart, int processes = 1)
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

        foreach (var (key, value) in botEnvironment)
        {
            settings[key] = value;
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
