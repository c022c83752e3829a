namespace StoryBot.Excerpts;

/// <summary>Full-text search over paragraphs, best match first.</summary>
public interface IParagraphSearch
{
    Task<ParagraphHit?> FindBestAsync(string query, SearchScope scope, CancellationToken cancellationToken);
}
