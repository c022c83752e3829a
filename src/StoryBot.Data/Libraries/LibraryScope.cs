using System.Globalization;

namespace StoryBot.Data.Libraries;

/// <summary>
/// Which libraries a viewer sees. Every story belongs to the shared library (the operator's seed folder,
/// <c>GuildId</c> null) or to one server's library. In a server, members see that server's stories plus the shared
/// library unless the server hid it; in a DM, only the shared library. Resolved once per interaction
/// (<see cref="LibraryScopeResolver"/>) and set on the <see cref="StoryDbContext"/>, whose query filters apply it to
/// every story, chapter, paragraph, line and character query; raw SQL adds <see cref="LibrarySql"/>.
/// </summary>
public sealed record LibraryScope
{
    private LibraryScope(ulong? guildId, bool includesShared, bool everything)
    {
        GuildId = guildId;
        IncludesShared = includesShared;
        Everything = everything;
    }

    /// <summary>The shared library only: DMs, and any context nobody scoped (fails closed).</summary>
    public static LibraryScope SharedOnly { get; } = new(null, includesShared: true, everything: false);

    /// <summary>Every library: the operator's command line and maintenance (never a member's view).</summary>
    public static LibraryScope All { get; } = new(null, includesShared: true, everything: true);

    /// <summary>The server whose library is seen; null in a DM.</summary>
    public ulong? GuildId { get; }

    /// <summary>The shared library is seen too.</summary>
    public bool IncludesShared { get; }

    /// <summary>Every library (operator only).</summary>
    public bool Everything { get; }

    /// <summary>A server's view: its own library, plus the shared one unless hidden.</summary>
    public static LibraryScope ForGuild(ulong guildId, bool includeShared = true) => new(guildId, includeShared, everything: false);

    /// <summary>Only one server's own library (its admins' <c>/library</c> views).</summary>
    public static LibraryScope OwnLibrary(ulong guildId) => new(guildId, includesShared: false, everything: false);

    /// <summary>The view of an interaction: a DM sees the shared library; a server its own (and shared unless hidden).</summary>
    public static LibraryScope For(ulong? guildId, bool hideShared) =>
        guildId is { } guild ? ForGuild(guild, !hideShared) : SharedOnly;

    /// <summary>True when a story or character owned by <paramref name="ownerGuildId"/> (null = shared) is visible.</summary>
    public bool Sees(ulong? ownerGuildId) =>
        Everything || (ownerGuildId is null ? IncludesShared : ownerGuildId == GuildId);

    /// <summary>A short stable key for caches ("all", "shared", "g123", "g123+shared").</summary>
    public string Key => Everything ? "all"
        : GuildId is not { } guild ? (IncludesShared ? "shared" : "none")
        : string.Create(CultureInfo.InvariantCulture, $"g{guild}{(IncludesShared ? "+shared" : string.Empty)}");

    public override string ToString() => Key;
}
