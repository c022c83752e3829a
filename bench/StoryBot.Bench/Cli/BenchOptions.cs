using System.Globalization;

namespace StoryBot.Bench.Cli;

/// <summary>
/// <c>[--size-mb 100] [--seed 1] [--out bench/results/latest.json] [--only import,search,…] [--seeds seeds] [--work /tmp/…]
/// [--bot path/StoryBot.dll] [--queries 400] [--rate 200] [--seconds 10] [--burst 200] [--scale-rates 100,300]</c>.
/// </summary>
public sealed record BenchOptions
{
    public static readonly string[] AllSuites = ["import", "search", "excerpt", "trivia", "interaction", "start", "interaction-scale"];

    /// <summary>Suites that need no generated archive (an <c>--only</c> of just these skips the generation).</summary>
    public static readonly string[] ArchiveFreeSuites = ["interaction-scale"];

    public double SizeMegabytes { get; init; } = 100;

    public ulong Seed { get; init; } = 1;

    public string Output { get; init; } = Path.Combine("bench", "results", "latest.json");

    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>(AllSuites, StringComparer.OrdinalIgnoreCase);

    public string? SeedFolder { get; init; }

    public string WorkFolder { get; init; } = Path.Combine(Path.GetTempPath(), "storybot-bench");

    public string? BotDll { get; init; }

    public int Queries { get; init; } = 400;

    public int Rate { get; init; } = 200;

    public int Seconds { get; init; } = 10;

    public int Burst { get; init; } = 200;

    /// <summary><c>--scale-rates 100,300</c>: the fixed rates of the interaction-scale suite (per second, <c>--seconds</c> each).</summary>
    public IReadOnlyList<int> ScaleRates { get; init; } = [100, 300];

    /// <summary>Whether any chosen suite needs the generated archive.</summary>
    public bool NeedsArchive => Only.Any(s => !ArchiveFreeSuites.Contains(s, StringComparer.OrdinalIgnoreCase));

    public long SizeBytes => (long)(SizeMegabytes * 1_000_000);

    public bool Runs(string suite) => Only.Contains(suite);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new BenchOptions();
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            options = name switch
            {
                "--size-mb" => options with { SizeMegabytes = double.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = ulong.Parse(Value(), CultureInfo.InvariantCulture) },
                "--out" => options with { Output = Value() },
                "--only" => options with { Only = Suites(Value()) },
                "--seeds" => options with { SeedFolder = Value() },
                "--work" => options with { WorkFolder = Value() },
                "--bot" => options with { BotDll = Value() },
                "--queries" => options with { Queries = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--rate" => options with { Rate = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--burst" => options with { Burst = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--scale-rates" => options with { ScaleRates = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => int.Parse(r, CultureInfo.InvariantCulture))] },
                _ => throw new ArgumentException($"Unknown option {name}. Options: --size-mb --seed --out --only --seeds --work --bot --queries --rate --seconds --burst --scale-rates."),
            };
        }

        return options;
    }

    private static HashSet<string> Suites(string list)
    {
        var suites = new HashSet<string>(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        string[] unknown = [.. suites.Where(s => !AllSuites.Contains(s, StringComparer.OrdinalIgnoreCase))];
        return unknown.Length == 0
            ? suites
            : throw new ArgumentException($"Unknown suite {string.Join(", ", unknown)}; known: {string.Join(", ", AllSuites)}.");
    }
}
