namespace StoryBot.Tests.Trivia.Support;

/// <summary>Files of the repository the tests read: the seed folder and the dialogue helper's labelled fixtures.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedLabels => Path.Combine(Root, "tests", "StoryBot.Corpus.Tests", "Attribution", "Fixtures", "seed-labels.tsv");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
