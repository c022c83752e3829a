using StoryBot.Corpus.Model;

namespace StoryBot.Data.Libraries;

/// <summary>
/// What an upload did: the story it landed in (title, author, rating, chapters now, the chapter number written), the
/// words and speakers found in the file, warnings; or <see cref="Error"/>, one line, when nothing was changed.
/// </summary>
public sealed record UploadResult
{
    public string? Error { get; init; }

    public bool Success => Error is null;

    public int StoryId { get; init; }

    public string Title { get; init; } = string.Empty;

    public string? Author { get; init; }

    public Rating Rating { get; init; }

    public int ChapterNumber { get; init; }

    /// <summary>Chapters the story has now.</summary>
    public int Chapters { get; init; }

    /// <summary>Chapters read from the uploaded file (1 for a chapter file).</summary>
    public int ChaptersInFile { get; init; }

    public int Words { get; init; }

    /// <summary>Distinct speakers the attributor named in the file.</summary>
    public IReadOnlyList<string> Speakers { get; init; } = [];

    /// <summary>True when the upload replaced what was there (the same work, or the same chapter of it).</summary>
    public bool Replaced { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static UploadResult Fail(string error) => new() { Error = error };
}
