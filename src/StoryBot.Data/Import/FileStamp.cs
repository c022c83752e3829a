namespace StoryBot.Data.Import;

/// <summary>A chapter file's length and last-write time (UTC ticks) as seen just before it was read, and the hash of what was read.</summary>
internal sealed record FileStamp(long Length, long LastWriteTicks, string ContentHash);
