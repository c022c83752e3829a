using System.ComponentModel.DataAnnotations;

namespace StoryBot.Data.Hosting;

/// <summary>The <c>Stories</c> configuration section.</summary>
public sealed class StoryDataOptions
{
    public const string SectionName = "Stories";

    /// <summary>Folder of chapter files imported at start, relative to the content root. Default <c>seeds</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string SeedPath { get; set; } = "seeds";

    /// <summary>Import <see cref="SeedPath"/> when the bot or a CLI verb starts. Default true.</summary>
    public bool ImportOnStart { get; set; } = true;

    /// <summary>Files parsed at once while importing. Default: the processor count.</summary>
    [Range(1, 64)]
    public int ImportParallelism { get; set; } = Environment.ProcessorCount;
}
