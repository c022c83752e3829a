namespace StoryBot.Corpus.Epub;

/// <summary>An OPF manifest item: its id, its path inside the zip (resolved, safe), media type and properties.</summary>
internal sealed record EpubManifestItem(string Id, string Path, string MediaType, string Properties)
{
    public bool IsNav => Properties.Split(' ').Contains("nav", StringComparer.Ordinal);

    public bool IsHtml => MediaType.Contains("html", StringComparison.OrdinalIgnoreCase);
}
