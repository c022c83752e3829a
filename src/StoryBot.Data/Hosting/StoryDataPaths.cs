namespace StoryBot.Data.Hosting;

/// <summary>Where the store lives: the content root (relative paths start there) and the resolved connection string.</summary>
public sealed record StoryDataPaths(string ContentRoot, string ConnectionString)
{
    /// <summary>
    /// A relative path is looked up under the content root, then the working directory and its parents, then the app
    /// folder and its parents — so <c>seeds</c> is found from <c>dotnet run --project src/StoryBot</c>, from the repo
    /// root and from a published app. When it exists nowhere, the content-root path is returned.
    /// </summary>
    public string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        string underRoot = Path.GetFullPath(Path.Combine(ContentRoot, path));
        if (Path.Exists(underRoot))
        {
            return underRoot;
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, path);
                if (Path.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return underRoot;
    }
}
