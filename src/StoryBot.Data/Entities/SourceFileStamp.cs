namespace StoryBot.Data.Entities;

/// <summary>
/// What a chapter file looked like on disk (length and last-write time, as <c>stat</c> reported them just before it was
/// read) when its bytes had <see cref="ContentHash"/>. At the next import a file whose length and last-write time are
/// exactly the same, and whose chapter still has that hash, is known unchanged without being read or hashed; any
/// difference (a touched file, a copy, a restore) falls back to reading and hashing.
/// </summary>
public sealed class SourceFileStamp
{
    public int ChapterId { get; set; }

    public Chapter Chapter { get; set; } = null!;

    public long Length { get; set; }

    /// <summary><see cref="DateTime.Ticks"/> of the file's last-write time in UTC (full precision, compared exactly).</summary>
    public long LastWriteTicks { get; set; }

    public required string ContentHash { get; set; }
}
