using System.Globalization;

namespace StoryBot.Bench.Cli;

/// <summary>
/// <c>[--size-mb 100] [--seed 1] [--out bench/results/latest.json] [--only import,search,…] [--seeds seeds] [--work /tmp/…]
/// [--bot path/StoryBot.dll] [--queries 400] [--rate 200] [--seconds 10] [--burst 200]</c>.
/// </summary>
public sealed record BenchOptions
{
    public static readonly string[] AllSuites = ["import", "search", "excerpt", "trivia", "interaction", "start"];

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
                _ => throw new ArgumentException($"Unknown option {name}. Options: --size-mb --seed --out --only --seeds --work --bot --queries --rate --seconds --burst."),
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
