using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Works;

/// <summary>A parsed work, or a one-line reason (naming the source, ending in "; skipped") why the file was not read.</summary>
public sealed record WorkParseResult(ParsedWork? Work, string? Error)
{
    public bool Success => Work is not null;

    internal static WorkParseResult Fail(string sourceName, string reason) => new(null, $"{sourceName}: {reason}; skipped");
}
