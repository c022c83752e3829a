using System.Diagnostics;
using System.Globalization;
using StoryBot.Bench.Measurement;
using StoryBot.Discord.Fake;
using StoryBot.Discord.Fake.Interactions;
using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Bench.Suites;

/// <summary>
/// Starts the fake Discord in this process and StoryBot as a child process over the imported archive (its seed folder
/// already imported, so unchanged). Measures start → READY, then <c>/excerpt</c> round trips at a fixed rate and in a
/// burst, and the bot's peak working set and CPU. Also start → READY with the repository's five seeds (second start).
/// </summary>
public static class InteractionSuite
{
    private const string Token = "bench-token";
    private const int WarmUpRate = 100;
    private const int WarmUpSeconds = 5;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(3);

    /// <summary>Said with every load figure: what the fake in this process checked while the bot was under load.</summary>
    private const string LeanNote = "fake Discord in lean mode: no schema validation or body recording (the e2e tests validate every body); callbacks still checked and counted";

    public static async Task RunAsync(BenchContext context, bool interactions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Notes.Add($"bot measured: {context.BotDll} ({(IsReadyToRun(context.BotDll) ? "ReadyToRun: a `dotnet publish -r linux-x64` output" : "IL only: `dotnet build` output, JIT-compiled at start; publish it with -r for ReadyToRun and pass --bot")})");
        if (interactions)
        {
            context.Log(LeanNote);
            context.Notes.Add("interaction load: " + LeanNote + ".");
        }

        // The repository's seeds: the first start imports them, the second finds them unchanged.
        string small = Path.Combine(context.Options.WorkFolder, "seeds-start.db");
        DeleteDatabase(small);
        await StartAndStopAsync(context, small, context.SeedFolder, cancellationToken).ConfigureAwait(false);
        double smallStart;
        await using (FakeDiscordServer smallFake = await FakeDiscordServer.StartAsync(FakeOptions(), cancellationToken).ConfigureAwait(false))
        {
            using BotProcess smallBot = BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(smallFake, small, context.SeedFolder));
            smallStart = await WaitForReadyAsync(smallFake, smallBot, 0, cancellationToken).ConfigureAwait(false);
            double smallCpu = smallBot.Cpu().TotalSeconds;
            context.Log($"start → READY {smallStart:0} ms, {smallCpu:0.00} s CPU (5 seeds, unchanged)");
            context.Figures.Add(new Figure("start", "start → READY, 5 seed files unchanged", smallStart / 1000, "s")
            {
                Target = "≤ 1.5 s",
                Met = smallStart <= 1500,
                CpuSeconds = smallCpu,
                Note = "process start to the fake sending READY; includes runtime start, host build, migrate check and the unchanged-seed import check",
            });
            if (interactions)
            {
                // Baseline: the same interactions against the 5-seed library, so the Discord pipeline shows apart from the query.
                await MeasureLoadAsync(context, smallFake, smallBot, "5 seeds", cancellationToken).ConfigureAwait(false);
            }

            await smallBot.StopAsync().ConfigureAwait(false);
        }

        if (context.Database is null || context.Archive is null)
        {
            return;
        }

        // A fresh fake per bot process: a killed bot's session would otherwise still receive the dispatches.
        await using FakeDiscordServer fake = await FakeDiscordServer.StartAsync(FakeOptions(), cancellationToken).ConfigureAwait(false);
        using BotProcess bot = BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(fake, context.Database, context.Archive.Root));
        double ready = await WaitForReadyAsync(fake, bot, 0, cancellationToken).ConfigureAwait(false);
        double readyCpu = bot.Cpu().TotalSeconds;
        context.Log($"bot over the archive: READY after {ready:0} ms");
        context.Figures.Add(new Figure("start", $"start → READY, {context.Archive.Bytes / 1_000_000d:0} MB archive ({context.Archive.Files.Count:N0} files) unchanged", ready / 1000, "s")
        {
            Baseline = "5 seeds",
            BaselineValue = smallStart / 1000,
            Target = "≤ 1.5 s",
            Met = ready <= 1500,
            CpuSeconds = readyCpu,
            Note = "each file's size and last-write time match the stamp stored at import, so none is read or hashed",
        });

        if (interactions)
        {
            await MeasureLoadAsync(context, fake, bot, string.Create(CultureInfo.InvariantCulture, $"{context.Archive.Bytes / 1_000_000d:0} MB"), cancellationToken).ConfigureAwait(false);
        }

        long peak = bot.PeakWorkingSet();
        context.Figures.Add(new Figure("memory", "bot peak working set (start over the archive + all interaction load)", peak / 1_000_000d, "MB")
        {
            Target = "≤ 150 MB",
            Met = peak <= 150_000_000,
            CpuSeconds = bot.Cpu().TotalSeconds,
        });
        await bot.StopAsync().ConfigureAwait(false);
    }

    private static async Task MeasureLoadAsync(BenchContext context, FakeDiscordServer fake, BotProcess bot, string library, CancellationToken cancellationToken)
    {
        await fake.WaitForRequestAsync(r => r.Method == "PUT" && r.Path.Contains("/commands", StringComparison.Ordinal), cancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
        string label = string.Create(CultureInfo.InvariantCulture, $"/excerpt at {context.Options.Rate}/s, {library}");
        InteractionTemplate excerpt = fake.PrepareInteraction(InteractionBuilders.SlashCommand("excerpt"));

        // Cold: the first second at the full rate on a process that has served nothing yet (JIT, EF Core's query
        // compilation and the first connections all land here). Reported on its own line, never mixed into the figure.
        TimeSpan cpuBefore = bot.Cpu();
        LoadResult cold = await RunLoadAsync(fake, excerpt, context.Options.Rate, context.Options.Rate, cancellationToken).ConfigureAwait(false);
        TimeSpan cpuCold = bot.Cpu() - cpuBefore;
        context.Figures.Add(new Figure("interaction", $"{label}, first second on a cold process p99", cold.Latency.P99, "ms")
        {
            CpuSeconds = cpuCold.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"p50 {cold.Latency.P50:0.0} ms, {cold.Missed} missed; bot CPU {cpuCold.TotalMilliseconds / Math.Max(1, cold.Sent):0.00} ms per interaction; {Describe(cold)}"),
        });

        // Warm-up (not counted): a few seconds at a low rate so tiered JIT reaches steady state before the measured phase.
        await RunLoadAsync(fake, excerpt, WarmUpRate * WarmUpSeconds, WarmUpRate, cancellationToken).ConfigureAwait(false);

        cpuBefore = bot.Cpu();
        var benchClock = CpuClock.Start();
        int count = context.Options.Rate * context.Options.Seconds;
        LoadResult rate = await RunLoadAsync(fake, excerpt, count, context.Options.Rate, cancellationToken).ConfigureAwait(false);
        TimeSpan cpuRate = bot.Cpu() - cpuBefore;
        TimeSpan benchCpu = benchClock.CpuUsed;
        LoadResult burst = await RunLoadAsync(fake, excerpt, context.Options.Burst, null, cancellationToken).ConfigureAwait(false);
        context.Log($"{library}: cold: p50 {cold.Latency.P50:0.0} p99 {cold.Latency.P99:0.0} missed {cold.Missed}; rate: p50 {rate.Latency.P50:0.0} p99 {rate.Latency.P99:0.0} missed {rate.Missed}, bot {cpuRate.TotalMilliseconds / Math.Max(1, rate.Sent):0.00} ms CPU each, fake+load (lean) {benchCpu.TotalMilliseconds / Math.Max(1, rate.Sent):0.00} ms CPU each; burst: p50 {burst.Latency.P50:0.0} p99 {burst.Latency.P99:0.0} missed {burst.Missed}");
        context.Figures.Add(new Figure("interaction", $"{label} p50", rate.Latency.P50, "ms") { Note = Describe(rate) });
        context.Figures.Add(new Figure("interaction", $"{label} p99", rate.Latency.P99, "ms")
        {
            Baseline = library == "5 seeds" ? null : "same load, 5 seeds",
            BaselineValue = library == "5 seeds" ? null : context.Figures.FirstOrDefault(f => f.Name.EndsWith("/s, 5 seeds p99", StringComparison.Ordinal))?.Value,
            Target = "≤ 20 ms, 0 missed",
            Met = rate.Latency.P99 <= 20 && rate.Missed == 0,
            CpuSeconds = cpuRate.TotalSeconds,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"after {WarmUpSeconds} s of warm-up at {WarmUpRate}/s; bot CPU {cpuRate.TotalMilliseconds / Math.Max(1, rate.Sent):0.00} ms per interaction; the fake + load generator (this process) {benchCpu.TotalMilliseconds / Math.Max(1, rate.Sent):0.00} ms CPU per interaction; {LeanNote}"),
        });
        context.Figures.Add(new Figure("interaction", $"{label} deadlines missed", rate.Missed, string.Empty) { Target = "0", Met = rate.Missed == 0 });
        string burstLabel = string.Create(CultureInfo.InvariantCulture, $"/excerpt burst of {context.Options.Burst}, {library}");
        context.Figures.Add(new Figure("interaction", $"{burstLabel} p50", burst.Latency.P50, "ms") { Note = Describe(burst) });
        context.Figures.Add(new Figure("interaction", $"{burstLabel} p99", burst.Latency.P99, "ms"));
        context.Figures.Add(new Figure("interaction", $"{burstLabel} deadlines missed", burst.Missed, string.Empty) { Target = "0", Met = burst.Missed == 0 });
        if (bot.HasExited)
        {
            context.Notes.Add($"the bot exited during the load: {bot.Output}");
        }
    }

    /// <summary>Sends <paramref name="count"/> /excerpt interactions, paced at <paramref name="rate"/> per second (null: all at once).</summary>
    /// <remarks>Each interaction is the prepared <paramref name="template"/> with a new id and token patched in (no JSON built per send).</remarks>
    private static async Task<LoadResult> RunLoadAsync(FakeDiscordServer fake, InteractionTemplate template, int count, int? rate, CancellationToken cancellationToken)
    {
        var sent = new List<(ulong Id, DateTimeOffset At)>(count);
        long started = Stopwatch.GetTimestamp();
        double maxLag = 0;
        for (int i = 0; i < count; i++)
        {
            if (rate is int perSecond)
            {
                double due = i * 1000d / perSecond;
                double now = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                if (due - now > 1)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(due - now), cancellationToken).ConfigureAwait(false);
                }

                maxLag = Math.Max(maxLag, Stopwatch.GetElapsedTime(started).TotalMilliseconds - due);
            }

            DateTimeOffset at = DateTimeOffset.UtcNow;
            DispatchedInteraction interaction = await fake.DispatchInteractionAsync(template, cancellationToken).ConfigureAwait(false);
            sent.Add((interaction.Id, at));
        }

        double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var pending = sent.Select(s => s.Id).ToHashSet();
        Dictionary<ulong, RecordedCallback> callbacks = await FirstCallbacks.WaitAsync(fake, pending, TimeSpan.FromMilliseconds(50), cancellationToken).ConfigureAwait(false);

        var latencies = new List<double>(count);
        int missed = 0;
        int deferred = 0;
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
            }
        }

        return new LoadResult(new Percentiles(latencies), count, missed, deferred, maxLag, seconds);
    }

    private static async Task<(double Milliseconds, double CpuSeconds)> StartAndStopAsync(BenchContext context, string database, string seeds, CancellationToken cancellationToken)
    {
        await using FakeDiscordServer fake = await FakeDiscordServer.StartAsync(FakeOptions(), cancellationToken).ConfigureAwait(false);
        using BotProcess bot = BotProcess.Start(context.BotDll, context.Options.WorkFolder, Settings(fake, database, seeds));
        double ready = await WaitForReadyAsync(fake, bot, 0, cancellationToken).ConfigureAwait(false);
        double cpu = bot.Cpu().TotalSeconds;
        await bot.StopAsync().ConfigureAwait(false);
        context.Log($"start → READY {ready:0} ms, {cpu:0.00} s CPU ({seeds})");
        return (ready, cpu);
    }

    private static async Task<double> WaitForReadyAsync(FakeDiscordServer fake, BotProcess bot, long mark, CancellationToken cancellationToken)
    {
        try
        {
            await fake.WaitForFrameAsync(f => f.Sequence > mark && f.EventName == "READY", cancellationToken)
                .WaitAsync(TimeSpan.FromSeconds(180), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw new InvalidOperationException($"StoryBot did not reach READY: {bot.Output}", ex);
        }

        return Stopwatch.GetElapsedTime(bot.Started).TotalMilliseconds;
    }

    private static Dictionary<string, string> Settings(FakeDiscordServer fake, string database, string seeds) => new(StringComparer.Ordinal)
    {
        ["Discord__Token"] = Token,
        ["Discord__ApiBaseUrl"] = fake.ApiBaseUrl,
        ["ConnectionStrings__Stories"] = $"Data Source={database}",
        ["Stories__SeedPath"] = seeds,
        ["Logging__LogLevel__Default"] = "Warning",
        ["DOTNET_ENVIRONMENT"] = "Production",
    };

    /// <summary>The fake's options for this suite: lean mode (see <see cref="LeanNote"/>); the bot's protocol is still checked.</summary>
    private static FakeDiscordOptions FakeOptions() => new FakeDiscordOptions { Token = Token }.UseLeanMode();

    private static string Describe(LoadResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Sent} sent in {result.Seconds:0.0} s (sender max lag {result.MaxSendLagMs:0} ms), {result.Latency.Count} answered, {result.Deferred} deferred, {result.Missed} missed; max {result.Latency.Max:0} ms");

    /// <summary>Whether the bot's folder holds precompiled code (EF Core's assembly, the largest JIT cost at start, has a ReadyToRun header).</summary>
    private static bool IsReadyToRun(string botDll)
    {
        string ef = Path.Combine(Path.GetDirectoryName(botDll)!, "Microsoft.EntityFrameworkCore.dll");
        if (!File.Exists(ef))
        {
            return false;
        }

        using var reader = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(ef));
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }

    private static void DeleteDatabase(string file)
    {
        foreach (string path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
        {
            File.Delete(path);
        }
    }
}
