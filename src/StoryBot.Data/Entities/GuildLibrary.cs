namespace StoryBot.Data.Entities;

/// <summary>A server's library settings: whether its members also see the shared library, and when the bot left it.</summary>
public sealed class GuildLibrary
{
    public ulong GuildId { get; set; }

    /// <summary>Members of this server see only its own stories (an admin ran <c>/library shared hide</c>).</summary>
    public bool HideShared { get; set; }

    /// <summary>When the bot was removed from the server (GUILD_DELETE); the library is deleted a grace period later. Null while present.</summary>
    public DateTime? RemovedAt { get; set; }

    /// <summary>The server's <c>characters.json</c> as uploaded (UTF-8 JSON); null when none.</summary>
    public string? CharactersJson { get; set; }

    public DateTime UpdatedAt { get; set; }
}
