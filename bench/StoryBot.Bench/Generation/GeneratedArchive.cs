namespace StoryBot.Bench.Generation;

/// <summary>An archive on disk: its folder, files and size, and words worth searching for in it.</summary>
public sealed record GeneratedArchive(
    string Root,
    IReadOnlyList<string> Files,
    long Bytes,
    int Stories,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Names,
    TimeSpan Elapsed);
