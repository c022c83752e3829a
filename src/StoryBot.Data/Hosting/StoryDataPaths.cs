namespace StoryBot.Data.Hosting;

/// <summary>Where the store lives: the content root (relative seed paths start there) and the resolved connection string.</summary>
public sealed record StoryDataPaths(string ContentRoot, string ConnectionString)
{
    public string Resolve(string path) => Path.GetFullPath(Path.Combine(ContentRoot, path));
}
