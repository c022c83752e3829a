using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryBot.Bench.Generation;
using StoryBot.Bench.Measurement;
using StoryBot.Commands;
using StoryBot.Excerpts;
using StoryBot.Trivia.Questions;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>/excerpt</c> handled end to end short of Discord (ExcerptCommand in a fresh DI scope: find + build the page) with
/// a realistic mix of options, and trivia question selection (the bank of the current library + QuestionPicker.NextAsync
/// through ten-round games). The first bank build after start is reported on its own line.
/// </summary>
public static class FeatureSuite
{
    private static readonly CommandContext Channel = new(new BotUser(1100000000000000300, "bench"), 1100000000000000100, 1100000000000000200);

    public static async Task RunExcerptAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using IHost host = FeatureHost.Build(context.Database!, context.Options.WorkFolder);
        var (stories, characters) = Names(context.Database!);
        var random = SplitMix64.For(context.Options.Seed, 11);
        IReadOnlyList<string> queries = QueryMaker.Make(context.Archive!, context.Paragraphs, 64, context.Options.Seed + 1);
        var invocations = Enumerable.Range(0, context.Options.Queries).Select(i => Invocation(i, random, stories, characters, queries)).ToList();
        foreach (SlashCommandInvocation invocation in invocations.Take(20))
        {
            await HandleAsync(host.Services, invocation, cancellationToken).ConfigureAwait(false);
        }

        var samples = new List<double>(invocations.Count);
        var byMode = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var cpuByMode = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        int problems = 0;
        var clock = CpuClock.Start();
        foreach (SlashCommandInvocation invocation in invocations)
        {
            TimeSpan cpuStarted = CpuClock.Cpu();
            long started = Stopwatch.GetTimestamp();
            BotReply reply = await HandleAsync(host.Services, invocation, cancellationToken).ConfigureAwait(false);
            double elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            TimeSpan cpu = CpuClock.Cpu() - cpuStarted;
            samples.Add(elapsed);
            string mode = Mode(invocation);
            if (!byMode.TryGetValue(mode, out List<double>? modeSamples))
            {
                byMode[mode] = modeSamples = [];
            }

            modeSamples.Add(elapsed);
            cpuByMode[mode] = cpuByMode.GetValueOrDefault(mode) + cpu;
            if (reply.Message is { Ephemeral: true })
            {
                problems++;
            }
        }

        var p = new Percentiles(samples);
        foreach (var (mode, modeSamples) in byMode.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var m = new Percentiles(modeSamples);
            string line = string.Create(CultureInfo.InvariantCulture, $"excerpt by mode: {mode}: {m.Count} calls, p50 {m.P50:0.00} ms, p99 {m.P99:0.00} ms, max {m.Max:0.0} ms, {cpuByMode[mode].TotalMilliseconds / m.Count:0.00} ms CPU each");
            context.Log(line);
            context.Notes.Add(line);
        }

        context.Log($"excerpt p50 {p.P50:0.00} ms p99 {p.P99:0.00} ms");
        context.Figures.Add(new Figure("excerpt", "p50", p.P50, "ms")
        {
            Baseline = "search p50",
            BaselineValue = context.Figures.FirstOrDefault(f => f.Group == "search" && f.Name == "p50")?.Value,
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{p.Count} /excerpt (40% random, 20% story, 10% story+chapter, 15% character, 15% search), {problems} answered with a problem; {clock.CpuUsed.TotalMilliseconds / p.Count:0.00} ms CPU each"),
        });
        context.Figures.Add(new Figure("excerpt", "p99", p.P99, "ms")
        {
            Baseline = "search p99",
            BaselineValue = context.Figures.FirstOrDefault(f => f.Group == "search" && f.Name == "p99")?.Value,
            Note = string.Create(CultureInfo.InvariantCulture, $"max {p.Max:0.0} ms"),
        });
    }

    public static async Task RunTriviaAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        using IHost host = FeatureHost.Build(context.Database!, context.Options.WorkFolder);
        var banks = host.Services.GetRequiredService<TriviaQuestionBanks>();
        var random = new Random(unchecked((int)context.Options.Seed));
        var used = new HashSet<string>(StringComparer.Ordinal);
        var recent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var buildClock = CpuClock.Start();
        long started = Stopwatch.GetTimestamp();
        QuestionLibrary first = await banks.GetAsync(StoryBot.Data.Libraries.LibraryScope.SharedOnly, false, cancellationToken).ConfigureAwait(false);
        TriviaQuestion? firstQuestion = await new QuestionPicker(first, random).NextAsync(QuestionFilter.None, used, recent, cancellationToken).ConfigureAwait(false);
        double build = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        double buildCpu = buildClock.CpuUsed.TotalSeconds;
        long retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(firstQuestion);
        var samples = new List<double>();
        int none = 0;
        var clock = CpuClock.Start();
        for (int i = 0; i < context.Options.Queries; i++)
        {
            if (i % 10 == 0)
            {
                used.Clear();
            }

            started = Stopwatch.GetTimestamp();
            QuestionLibrary library = await banks.GetAsync(StoryBot.Data.Libraries.LibraryScope.SharedOnly, false, cancellationToken).ConfigureAwait(false);
            TriviaQuestion? question = await new QuestionPicker(library, random).NextAsync(QuestionFilter.None, used, recent, cancellationToken).ConfigureAwait(false);
            samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            if (question is null)
            {
                none++;
                continue;
            }

            used.Add(question.SourceKey);
            recent[question.Key] = DateTimeOffset.UnixEpoch.AddSeconds(i);
        }

        var p = new Percentiles(samples);
        context.Log($"trivia selection p50 {p.P50:0.00} ms p99 {p.P99:0.00} ms; bank build {build:0} ms");
        string kinds = string.Create(CultureInfo.InvariantCulture,
            $"{(first.Samples ? "sampled" : "held whole")} from {first.StoryCount:N0} stories, {first.Catalog.LineCount:N0} lines, {first.Catalog.ParagraphCount:N0} paragraphs");
        context.Figures.Add(new Figure("trivia", "question selection p50", p.P50, "ms")
        {
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{p.Count} questions in 10-round games, {none} without a question; {clock.CpuUsed.TotalMilliseconds / p.Count:0.00} ms CPU each; questions {kinds}"),
        });
        context.Figures.Add(new Figure("trivia", "question selection p99", p.P99, "ms") { Note = string.Create(CultureInfo.InvariantCulture, $"max {p.Max:0.0} ms") });
        context.Figures.Add(new Figure("trivia", "question bank build (first question after start or import)", build, "ms")
        {
            Note = string.Create(CultureInfo.InvariantCulture, $"catalog + first question, {buildCpu:0.00} CPU s; ~{retained / 1_000_000d:0.0} MB retained by the catalog and question library"),
        });
    }

    private static async Task<BotReply> HandleAsync(IServiceProvider services, SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ExcerptCommand>().HandleAsync(invocation, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The mix's mode of an invocation (the options it carries), for the per-mode lines.</summary>
    private static string Mode(SlashCommandInvocation invocation) =>
        invocation.Options.GetString("search") is not null ? "search"
        : invocation.Options.GetString("character") is not null ? "character"
        : invocation.Options.GetInteger("chapter") is not null ? "story+chapter"
        : invocation.Options.GetString("story") is not null ? "story"
        : "random";

    private static SlashCommandInvocation Invocation(int i, SplitMix64 random, IReadOnlyList<(string Title, int Chapters)> stories, IReadOnlyList<string> characters, IReadOnlyList<string> queries)
    {
        var options = new Dictionary<string, object>(StringComparer.Ordinal);
        var (title, chapters) = random.Pick(stories);
        switch (i % 20)
        {
            case < 8:
                break;
            case < 12:
                options["story"] = title;
                break;
            case < 14:
                options["story"] = title;
                options["chapter"] = (long)random.Between(1, Math.Max(1, chapters));
                break;
            case < 17:
                options["character"] = random.Pick(characters);
                break;
            default:
                options["search"] = random.Pick(queries);
                break;
        }

        return new SlashCommandInvocation(Channel, ExcerptCommand.Name, null, new CommandOptions(options));
    }

    private static (IReadOnlyList<(string Title, int Chapters)> Stories, IReadOnlyList<string> Characters) Names(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        connection.Open();
        var stories = new List<(string, int)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT s.Title, count(c.Id) FROM Stories s JOIN Chapters c ON c.StoryId = s.Id WHERE s.Rating < 3 GROUP BY s.Id ORDER BY s.Id";
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                stories.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }

        var characters = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT Name FROM Characters ORDER BY Id";
            using SqliteDataReader reader = command.ExecuteReader();
            while (reader.Read())
            {
                characters.Add(reader.GetString(0));
            }
        }

        return (stories, characters);
    }
}
