using System.CommandLine;
using StoryBot.Hosting;

namespace StoryBot.Cli;

/// <summary>
/// One executable, several verbs. With no verb it runs the bot: on Discord when <c>Discord:Token</c> is set,
/// otherwise the local console shell on the seeded database.
/// </summary>
public static class StoryBotCommandLine
{
    /// <summary>Ctrl+C / SIGTERM are left to the generic host, which shuts down gracefully (no forced 2-second exit).</summary>
    public static InvocationConfiguration Invocation { get; } = new() { ProcessTerminationTimeout = null };

    public static RootCommand Create()
    {
        var root = new RootCommand("StoryBot: excerpts, trivia and a chapter of the day from your community's stories.")
        {
            // Extra tokens are configuration overrides for the host, e.g. --Discord:Token=… or --Stories:SeedPath=/seeds.
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, cancellationToken) => BotRunner.RunAsync([.. parse.UnmatchedTokens], forceShell: false, cancellationToken));

        var shell = new Command("shell", "Open the console shell even when a Discord token is set (reads one command per line; scriptable).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        shell.SetAction((parse, cancellationToken) => BotRunner.RunAsync([.. parse.UnmatchedTokens], forceShell: true, cancellationToken));
        root.Subcommands.Add(shell);
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(DialogueCommand.Create());
        root.Subcommands.Add(CharactersCommand.Create());
        return root;
    }
}
