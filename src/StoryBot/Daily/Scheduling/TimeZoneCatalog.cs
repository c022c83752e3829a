using NodaTime;

namespace StoryBot.Daily.Scheduling;

/// <summary>
/// IANA time zones from NodaTime's embedded TZDB (never the operating system's database), with the search used by
/// the <c>timezone</c> autocomplete.
/// </summary>
public sealed class TimeZoneCatalog
{
    /// <summary>Discord shows at most 25 autocomplete choices.</summary>
    public const int MaxChoices = 25;

    private readonly IDateTimeZoneProvider _provider;
    private readonly IReadOnlyList<string> _ids;

    public TimeZoneCatalog()
        : this(DateTimeZoneProviders.Tzdb)
    {
    }

    public TimeZoneCatalog(IDateTimeZoneProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _provider = provider;
        _ids = [.. provider.Ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>The TZDB version, e.g. "TZDB: 2025b".</summary>
    public string Version => _provider.VersionId;

    /// <summary>Finds a zone by id, ignoring case ("europe/berlin" finds "Europe/Berlin").</summary>
    public DateTimeZone? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return null;
        }

        var trimmed = id.Trim().Replace(' ', '_');
        var exact = _provider.GetZoneOrNull(trimmed);
        if (exact is not null)
        {
            return exact;
        }

        var match = _ids.FirstOrDefault(z => string.Equals(z, trimmed, StringComparison.OrdinalIgnoreCase));
        return match is null ? null : _provider[match];
    }

    /// <summary>
    /// The place zone to use instead of a legacy abbreviation zone (<c>EST</c> is a fixed UTC−5 with no summer time,
    /// an hour off New York from March to November); null for a zone that is fine as it is.
    /// </summary>
    public static string? PlaceFor(string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        return LegacyZones.TryGetValue(zoneId.Trim(), out var place) ? place : null;
    }

    private static readonly Dictionary<string, string> LegacyZones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["EST"] = "America/New_York",
        ["EST5EDT"] = "America/New_York",
        ["CST6CDT"] = "America/Chicago",
        ["MST"] = "America/Denver",
        ["MST7MDT"] = "America/Denver",
        ["PST8PDT"] = "America/Los_Angeles",
        ["HST"] = "Pacific/Honolulu",
        ["CET"] = "Europe/Paris",
        ["MET"] = "Europe/Paris",
        ["EET"] = "Europe/Athens",
        ["WET"] = "Europe/Lisbon",
    };

    /// <summary>
    /// Up to <see cref="MaxChoices"/> zone ids matching what the user typed: ids starting with it first, then ids
    /// whose city part starts with it, then ids containing it. Spaces match underscores ("new york").
    /// </summary>
    public IReadOnlyList<string> Search(string? typed)
    {
        var needle = (typed ?? string.Empty).Trim().Replace(' ', '_');
        if (needle.Length == 0)
        {
            return [.. _ids.Where(IsCanonicalRegion).Take(MaxChoices)];
        }

        return [.. _ids
            .Select(id => (id, rank: Rank(id, needle)))
            .Where(x => x.rank >= 0)
            .OrderBy(x => x.rank)
            .ThenBy(x => x.id.Length)
            .ThenBy(x => x.id, StringComparer.Ordinal)
            .Select(x => x.id)
            .Take(MaxChoices)];
    }

    private static int Rank(string id, string needle)
    {
        if (id.StartsWith(needle, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        var slash = id.LastIndexOf('/');
        if (slash >= 0 && id.AsSpan(slash + 1).StartsWith(needle, StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        return id.Contains(needle, StringComparison.OrdinalIgnoreCase) ? 2 : -1;
    }

    private static bool IsCanonicalRegion(string id) => id.Contains('/', StringComparison.Ordinal) && !id.StartsWith("Etc/", StringComparison.Ordinal);
}
