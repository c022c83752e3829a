using System.CommandLine;

namespace StoryBot.Cli;

/// <summary>
/// One executable, several verbs. With no verb it runs the bot: on Discord when <c>Discord:Token</c> is set,
/// otherwise the local console shell on the seeded database.
/// </summary>
public static class StoryBotCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("StoryBot: excerpts, trivia and a chapter of the day from your community's stories.");
        root.SetAction((_, _) =>
        {
            Console.WriteLine("StoryBot host is not wired yet.");
            return Task.FromResult(0);
        });
        root.Subcommands.Add(DialogueCommand.Create());
        return root;
    }
}
