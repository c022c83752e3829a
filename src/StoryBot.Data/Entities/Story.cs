using StoryBot.Corpus.Model;

namespace StoryBot.Data.Entities;

/// <summary>A story: chapters that share a title. <see cref="Slug"/> is its stable key ("second-chances").</summary>
public sealed class Story
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Author { get; set; }

    public Rating Rating { get; set; }

    public string? Summary { get; set; }

    public string? SourceUrl { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<Chapter> Chapters { get; } = [];

    public List<Character> Characters { get; } = [];
}
