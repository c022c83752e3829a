using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>One kept upload of a server's library (without its bytes): its story, import key, name and forced rating.</summary>
internal sealed record KeptFile(int Id, int StoryId, string SourcePath, string FileName, Rating? Rating);
