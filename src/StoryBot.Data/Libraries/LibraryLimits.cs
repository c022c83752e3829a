using System.ComponentModel.DataAnnotations;

namespace StoryBot.Data.Libraries;

/// <summary>Per-server library limits and the download rules for uploads (configuration section <c>Libraries</c>).</summary>
public sealed class LibraryLimits
{
    public const string SectionName = "Libraries";

    /// <summary>Stories one server's library may hold.</summary>
    [Range(1, 100_000)]
    public int MaxStories { get; set; } = 50;

    /// <summary>Total bytes of the uploaded files one server's library may hold.</summary>
    [Range(1, long.MaxValue)]
    public long MaxLibraryBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Uploads (<c>/library add</c> and <c>/library characters</c>) one server may make per hour.</summary>
    [Range(1, 10_000)]
    public int UploadsPerHour { get; set; } = 20;

    /// <summary>Largest attachment accepted; the download stops reading here.</summary>
    [Range(1, 64L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>Discord's attachment hosts, used when <see cref="AllowedHosts"/> is empty.</summary>
    public static IReadOnlyList<string> DiscordHosts { get; } = ["cdn.discordapp.com", "media.discordapp.net"];

    /// <summary>Hosts attachments are downloaded from (exact host names); empty means <see cref="DiscordHosts"/>.</summary>
    public IList<string> AllowedHosts { get; } = [];

    /// <summary>The hosts in force.</summary>
    public IReadOnlyList<string> Hosts => AllowedHosts.Count > 0 ? [.. AllowedHosts] : DiscordHosts;

    /// <summary>The whole download (connect, headers, body) must finish within this.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a library is kept after the bot was removed from its server (GUILD_DELETE) before it is deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "365.00:00:00")]
    public TimeSpan RemovedServerGrace { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often the clean-up of removed servers' libraries runs.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}
