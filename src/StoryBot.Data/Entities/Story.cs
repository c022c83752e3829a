using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>
/// A story: chapters that share a title. <see cref="Slug"/> is its stable key ("second-chances") within its library:
/// <see cref="GuildId"/> null is the shared library (the operator's seed folder), otherwise the one Discord server
/// whose library holds it (see <see cref="Libraries.LibraryScope"/> for who sees what).
/// </summary>
public sealed class Story
{
    public int Id { get; set; }

    /// <summary>The server whose library holds the story; null for the shared library.</summary>
    public ulong? GuildId { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Author { get; set; }

    public Rating Rating { get; set; }

    public string? Summary { get; set; }

    public string? SourceUrl { get; set; }

    /// <summary>The series the work belongs to (AO3 "Series: Part 2 of …", Calibre's series), if any.</summary>
    public string? Series { get; set; }

    public int? SeriesPart { get; set; }

    /// <summary>When the work was first published and last updated, as the work states it (not import times).</summary>
    public DateOnly? PublishedOn { get; set; }

    public DateOnly? UpdatedOn { get; set; }

    public string? Language { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Chapter> Chapters { get; } = [];

    public List<Character> Characters { get; } = [];

    /// <summary>Fandoms, relationships, characters, additional tags, warnings and categories the work lists.</summary>
    public List<StoryTag> Tags { get; } = [];
}
