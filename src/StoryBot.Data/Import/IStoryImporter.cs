namespace StoryBot.Data.Import;

/// <summary>Imports chapter files and folders into the story store.</summary>
public interface IStoryImporter
{
    Task<ImportReport> ImportAsync(IEnumerable<string> paths, CancellationToken cancellationToken);

    Task<ImportReport> ImportAsync(IEnumerable<string> paths, ImportOptions options, CancellationToken cancellationToken);
}
