using System.Globalization;

namespace StoryBot.Bench.Cli;

/// <summary>
/// <c>[--size-mb 100] [--seed 1] [--out bench/results/latest.json] [--only import,search,…] [--seeds seeds] [--work /tmp/…]
/// [--bot path/StoryBot.dll] [--queries 400] [--rate 200] [--seconds 10] [--burst 200] [--corpus archive|longform|both]
/// [--store sqlite|postgres|both] [--postgres &lt;Npgsql connection string&gt;] [--search-postgres &lt;database&gt;] [--scale-rates 100,300]
/// [--scale-layouts 1,3] [--bot-env NAME=value,…]</c>.
/// </summary>
public sealed record BenchOptions
{
    public static readonly string[] AllSuites = ["import", "search", "excerpt", "trivia", "interaction", "start", "interaction-scale"];

    /// <summary>Suites that need no generated archive (an <c>--only</c> of just these skips the generation).</summary>
    public static readonly string[] ArchiveFreeSuites = ["interaction-scale"];

    public static readonly string[] AllCorpora = ["archive", "longform"];

    public static readonly string[] AllStores = ["sqlite", "postgres"];

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

    /// <summary><c>--scale-layouts 1,3</c>: which layouts the interaction-scale suite runs (1 process with 3 shards, 3 processes).</summary>
    public IReadOnlyList<int> ScaleLayouts { get; init; } = [1, 3];

    /// <summary>
    /// <c>--bot-env DOTNET_TieredPGO=0,DOTNET_gcServer=1</c>: environment variables for the bot processes the
    /// interaction-scale suite starts (runtime settings tried on the bot alone, not on the benchmark).
    /// </summary>
    public IReadOnlyDictionary<string, string> BotEnvironment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Whether any chosen suite needs the generated archive.</summary>
    public bool NeedsArchive => Only.Any(s => !ArchiveFreeSuites.Contains(s, StringComparer.OrdinalIgnoreCase));

    /// <summary>Which generated corpora the import suite measures: "archive" (short chapter files) and/or "longform" (novel-length works).</summary>
    public IReadOnlySet<string> Corpora { get; init; } = new HashSet<string>(AllCorpora, StringComparer.OrdinalIgnoreCase);

    /// <summary>Stores the import and search suites run on; null = both when a PostgreSQL server is known, else SQLite only.</summary>
    public IReadOnlySet<string>? Stores { get; init; }

    /// <summary>A PostgreSQL server (Npgsql connection string) the bench creates and drops its own databases on; default STORYBOT_TEST_POSTGRES.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("STORYBOT_TEST_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>
    /// <c>--search-postgres storybot_x</c>: without "import" in <c>--only</c>, the search suite also runs on this existing
    /// database of the <c>--postgres</c> server (one an earlier import of the same archive filled; never dropped).
    /// </summary>
    public string? SearchPostgres { get; init; }

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
                "--corpus" => options with { Corpora = Choice(Value(), AllCorpora, "corpus") },
                "--store" => options with { Stores = Choice(Value(), AllStores, "store") },
                "--postgres" => options with { Postgres = Value() },
                "--search-postgres" => options with { SearchPostgres = Value() },
                "--scale-layouts" => options with { ScaleLayouts = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => int.Parse(r, CultureInfo.InvariantCulture))] },
                "--bot-env" => options with { BotEnvironment = Pairs(Value()) },
                _ => throw new ArgumentException($"Unknown option {name}. Options: --size-mb --seed --out --only --seeds --work --bot --queries --rate --seconds --burst --corpus --store --postgres --search-postgres --scale-rates --scale-layouts --bot-env."),
            };
        }

        if (options.Stores is { } stores && stores.Contains("postgres") && options.Postgres is null)
        {
            throw new ArgumentException(
                "--store postgres needs a PostgreSQL server: pass --postgres \"Host=…;Username=…;Database=postgres\" or run `eval \"$(.ci/postgres start)\"` "
                + "first (it exports STORYBOT_TEST_POSTGRES), or use --store sqlite.");
        }

        return options;
    }

    /// <summary>The stores to measure, in order: SQLite first, then PostgreSQL.</summary>
    public IReadOnlyList<string> StoreList =>
        [.. AllStores.Where(s => Stores?.Contains(s) ?? (s == "sqlite" || Postgres is not null))];

    /// <summary>"archive", "longform" or "both" → the set; anything else is an error naming the choices.</summary>
    private static HashSet<string> Choice(string value, string[] all, string what) =>
        value.Equals("both", StringComparison.OrdinalIgnoreCase) ? new HashSet<string>(all, StringComparer.OrdinalIgnoreCase)
        : all.Contains(value, StringComparer.OrdinalIgnoreCase) ? new HashSet<string>([value.ToLowerInvariant()], StringComparer.OrdinalIgnoreCase)
        : throw new ArgumentException($"Unknown {what} {value}; choose {string.Join(", ", all)} or both.");

    /// <summary><c>A=1,B=2</c> → the pairs; an entry without '=' is an error.</summary>
    private static Dictionary<string, string> Pairs(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(
                pair => pair.Length == 2 && pair[0].Length > 0 ? pair[0] : throw new ArgumentException($"--bot-env wants NAME=value pairs, got '{string.Join('=', pair)}'."),
                pair => pair[1],
                StringComparer.Ordinal);

    private static HashSet<string> Suites(string list)
    {
        var suites = new HashSet<string>(list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.OrdinalIgnoreCase);
        string[] unknown = [.. suites.Where(s => !AllSuites.Contains(s, StringComparer.OrdinalIgnoreCase))];
        return unknown.Length == 0
            ? suites
            : throw new ArgumentException($"Unknown suite {string.Join(", ", unknown)}; known: {string.Join(", ", AllSuites)}.");
    }
}
