using System.ComponentModel.DataAnnotations;

namespace StoryBot.Excerpts;

/// <summary>The <c>Excerpts</c> configuration section.</summary>
public sealed class ExcerptOptions
{
    public const string Section = "Excerpts";

    /// <summary>Most characters of story text in one passage (Discord's embed description allows 4096).</summary>
    [Range(200, 3500)]
    public int MaxCharacters { get; set; } = ExcerptCutter.DefaultMaxCharacters;

    /// <summary>Most paragraphs in one passage.</summary>
    [Range(1, 10)]
    public int MaxParagraphs { get; set; } = ExcerptCutter.DefaultMaxParagraphs;
}
