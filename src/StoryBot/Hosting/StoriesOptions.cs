using System.ComponentModel.DataAnnotations;

namespace StoryBot.Hosting;

/// <summary>The <c>Stories</c> configuration section: where the chapter files are and whether to import them at start.</summary>
public sealed class StoriesOptions
{
    public const string Section = "Stories";

    /// <summary>Folder of chapter files (relative paths are resolved against the working directory, then the app folder).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Stories:SeedPath is required (the folder of chapter files, e.g. \"seeds\").")]
    public string SeedPath { get; set; } = "seeds";

    /// <summary>Import new and changed chapter files at start (unchanged files are skipped).</summary>
    public bool ImportOnStart { get; set; } = true;
}
