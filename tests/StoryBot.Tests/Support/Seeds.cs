namespace StoryBot.Tests.Support;

/// <summary>The repository's seed folder (found by walking up from the test binaries).</summary>
public static class Seeds
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "seeds");
            if (Directory.Exists(candidate) && File.Exists(System.IO.Path.Combine(directory.FullName, "Bot.sln")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's seeds folder was not found above " + AppContext.BaseDirectory);
    }
}
