namespace StoryBot.Hosting;

/// <summary>
/// Resolves relative paths from configuration: the working directory and its parents first, then the app folder
/// and its parents (so <c>seeds</c> is found from <c>dotnet run --project src/StoryBot</c> and from a published app).
/// </summary>
public static class PathResolver
{
    public static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                var candidate = Path.Combine(directory.FullName, path);
                if (Path.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return Path.GetFullPath(path);
    }
}
