using StoryBot.Corpus.Model;

namespace StoryBot.Data.Libraries;

/// <summary>One file uploaded to a server's library: its name (for the parser's format and messages), its bytes, a rating to force.</summary>
public sealed record UploadRequest(ulong GuildId, string FileName, byte[] Bytes, Rating? Rating = null);
