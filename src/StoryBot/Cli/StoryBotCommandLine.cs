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

    /// <summary>
    /// Parses a command line: <c>--Key=value</c> configuration overrides are taken out first (see
    /// <see cref="ConfigurationArguments"/>) and handed to whichever verb runs.
    /// </summary>
    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        var (settings, rest) = ConfigurationArguments.Split(args, OptionNames(Create()));
        return Create(settings).Parse(rest);
    }

    public static RootCommand Create() => Create([]);

    /// <param name="settings">Configuration overrides (<c>--Key=value</c>) every verb adds to its configuration.</param>
    public static RootCommand Create(IReadOnlyList<string> settings)
    {
        var root = new RootCommand("StoryBot: excerpts, trivia and a chapter of the day from your community's stories.")
        {
            // Extra tokens are configuration overrides for the host, e.g. --Discord:Token=… or --Stories:SeedPath=/seeds.
            TreatUnmatchedTokensAsErrors = false,
        };
        root.SetAction((parse, cancellationToken) => BotRunner.RunAsync([.. settings, .. parse.UnmatchedTokens], forceShell: false, cancellationToken));

        var shell = new Command("shell", "Open the console shell even when a Discord token is set (reads one command per line; scriptable).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        shell.SetAction((parse, cancellationToken) => BotRunner.RunAsync([.. settings, .. parse.UnmatchedTokens], forceShell: true, cancellationToken));
        root.Subcommands.Add(shell);
        root.Subcommands.Add(ImportCommand.Create(settings));
        root.Subcommands.Add(StoriesCommand.Create(settings));
        root.Subcommands.Add(SearchCommand.Create(settings));
        root.Subcommands.Add(MigrateCommand.Create(settings));
        root.Subcommands.Add(DialogueCommand.Create());
        root.Subcommands.Add(CharactersCommand.Create());
        root.Subcommands.Add(DialogueEvalCommand.Create());
        return root;
    }

    private static HashSet<string> OptionNames(Command command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (Option option in command.Options)
        {
            names.Add(option.Name);
            names.UnionWith(option.Aliases);
        }

        foreach (Command sub in command.Subcommands)
        {
            names.UnionWith(OptionNames(sub));
        }

        return names;
    }
}
