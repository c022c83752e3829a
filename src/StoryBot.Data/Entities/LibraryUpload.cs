namespace StoryBot.Data.Entities;

/// <summary>One accepted <c>/library add</c> or <c>/library characters</c> upload, counted for the per-hour limit.</summary>
public sealed class LibraryUpload
{
    public long Id { get; set; }

    public ulong GuildId { get; set; }

    public long Bytes { get; set; }

    public DateTime At { get; set; }
}
