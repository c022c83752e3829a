using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>
/// The bytes of one file a server uploaded with <c>/library add</c>, kept while any of its chapters is stored, so a new
/// <c>characters.json</c> can read the server's stories again (in upload order, <see cref="Id"/>). Goes with its story.
/// </summary>
public sealed class LibraryFile
{
    public int Id { get; set; }

    public ulong GuildId { get; set; }

    public int StoryId { get; set; }

    public Story Story { get; set; } = null!;

    /// <summary>The import key of the upload (<see cref="Chapter.SourcePath"/> of its chapters).</summary>
    public required string SourcePath { get; set; }

    /// <summary>The name it was uploaded as (the parser's format and messages).</summary>
    public required string FileName { get; set; }

    /// <summary>The rating the admin forced with <c>rating:</c>, if any.</summary>
    public Rating? Rating { get; set; }

    public required byte[] Content { get; set; }

    public DateTime UploadedAt { get; set; }
}
