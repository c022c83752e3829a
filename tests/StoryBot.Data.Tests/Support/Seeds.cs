namespace StoryBot.Data.Tests.Support;

internal static class Seeds
{
    public static string Folder { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return Path.Combine(dir.FullName, "seeds");
            }
        }

        throw new InvalidOperationException("Bot.sln not found above the test output folder.");
    }
}
