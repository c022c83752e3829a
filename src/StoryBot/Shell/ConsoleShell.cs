using System.Globalization;
using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>
/// The local console: type slash commands, read replies rendered as text, press buttons by typing their number.
/// Reads until end of input or <c>:quit</c>. Uses the same <see cref="CommandRouter"/> as Discord.
/// </summary>
public sealed class ConsoleShell(CommandRouter router, CommandCatalog catalog, ShellSession session, IShellConsole console)
{
    public const string ShellHelp =
        """
        Type a command as in Discord, e.g. /excerpt character:Naruto  (options are name:value; values may contain spaces).
        Press a button by typing its number. Shell commands:
          :complete /excerpt story:nar   show autocomplete suggestions for the last option
          :nsfw on|off                   mark this channel age-restricted or not
          :dm on|off                     talk in a direct message instead of a server channel
          :as <name>                     act as a member called name (:as you: the admin again)
          :quit                          leave (also quit, /quit; end of input does too)
        """;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        catalog.Validate();
        if (console.IsInteractive)
        {
            session.WriteLine("StoryBot console shell. No Discord token is set, so you are talking to the bot here.");
            session.WriteLine("Type /help for commands, :help for shell commands, :quit to leave.");
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (console.IsInteractive)
            {
                await console.Out.WriteAsync("> ").ConfigureAwait(false);
                await console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            var line = await console.In.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
            if (line is null)
            {
                break;
            }

            line = line.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!console.IsInteractive)
            {
                session.WriteLine("> " + line);
            }

            if (!await ExecuteAsync(line, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            if (!console.IsInteractive)
            {
                session.WriteLine(string.Empty);
            }
        }

        return 0;
    }

    /// <summary>Runs one line; false when the user asked to quit.</summary>
    public async Task<bool> ExecuteAsync(string line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.StartsWith(':') || line is "quit" or "exit" or "/quit" or "/exit")
        {
            return await MetaAsync(line.TrimStart(':', '/'), cancellationToken).ConfigureAwait(false);
        }

        if (int.TryParse(line, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            await PressAsync(number, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var parsed = SlashCommandLineParser.Parse(line, catalog.Commands, name => session.Personas.Get(name).Id);
        if (parsed.Error is not null)
        {
            session.WriteLine(parsed.Error);
            return true;
        }

        var invocation = new SlashCommandInvocation(session.Context, parsed.Name, parsed.Subcommand, new CommandOptions(parsed.Options));
        var reply = await router.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
        Show(reply, pressedMessageId: null);
        return true;
    }

    private async Task PressAsync(int number, CancellationToken cancellationToken)
    {
        if (session.Button(number) is not { } pressed)
        {
            session.WriteLine($"There is no button {number} to press.");
            return;
        }

        if (pressed.Button.Disabled)
        {
            session.WriteLine($"Button {number} ({pressed.Button.Label}) is disabled.");
            return;
        }

        var invocation = new ComponentInvocation(session.Context, pressed.Button.CustomId!, pressed.MessageId);
        var reply = await router.DispatchAsync(invocation, cancellationToken).ConfigureAwait(false);
        Show(reply, pressed.MessageId);
    }

    private void Show(BotReply reply, ulong? pressedMessageId)
    {
        switch (reply.Kind)
        {
            case BotReplyKind.UpdateMessage when pressedMessageId is { } id && session.HasMessage(id):
                session.Replace(id, reply.Message!);
                break;
            case BotReplyKind.Acknowledge:
                break;
            default:
                if (reply.Message is not null)
                {
                    session.Show(reply.Message);
                }

                break;
        }
    }

    private async Task<bool> MetaAsync(string line, CancellationToken cancellationToken)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        var verb = (space < 0 ? line : line[..space]).ToUpperInvariant();
        var argument = space < 0 ? string.Empty : line[(space + 1)..].Trim();
        switch (verb)
        {
            case "QUIT" or "EXIT" or "Q":
                return false;
            case "NSFW":
                session.SetNsfw(IsOn(argument));
                session.WriteLine(session.Context.ChannelIsNsfw ? "This channel is now marked NSFW." : "This channel is no longer marked NSFW.");
                break;
            case "DM":
                session.SetDirectMessage(IsOn(argument));
                session.WriteLine(session.Context.IsDirectMessage ? "You are now in a direct message with the bot." : "You are now in a server channel.");
                break;
            case "AS" when argument.Length > 0:
                session.SetUser(argument);
                session.WriteLine(session.Context.User.Id == ShellPersonas.AdminId
                    ? "You are yourself again (the server admin)."
                    : $"You are now {session.Context.User.Name} (a member without admin rights).");
                break;
            case "COMPLETE":
                await CompleteAsync(argument, cancellationToken).ConfigureAwait(false);
                break;
            default:
                session.WriteLine(ShellHelp);
                break;
        }

        return true;
    }

    private async Task CompleteAsync(string line, CancellationToken cancellationToken)
    {
        var parsed = SlashCommandLineParser.Parse(line, catalog.Commands);
        if (parsed.Error is not null || parsed.Options.Count == 0)
        {
            session.WriteLine(parsed.Error ?? "Give a command with the option being typed last, e.g. :complete /excerpt story:nar");
            return;
        }

        var focused = FocusedOption(line, parsed);
        var others = parsed.Options.Where(pair => pair.Key != focused).ToDictionary(pair => pair.Key, pair => pair.Value);
        var invocation = new AutocompleteInvocation(session.Context, parsed.Name, parsed.Subcommand, focused,
            Convert.ToString(parsed.Options[focused], CultureInfo.InvariantCulture) ?? string.Empty, new CommandOptions(others));
        var choices = await router.SuggestAsync(invocation, cancellationToken).ConfigureAwait(false);
        session.WriteLine(choices.Count == 0
            ? "(no suggestions)"
            : string.Join(Environment.NewLine, choices.Select(choice => $"  {choice.Name}")));
    }

    private static string FocusedOption(string line, ParsedCommandLine parsed) =>
        parsed.Options.Keys.OrderByDescending(name => line.LastIndexOf(name + ":", StringComparison.OrdinalIgnoreCase)).First();

    private static bool IsOn(string argument) => argument.ToUpperInvariant() is not ("OFF" or "NO" or "FALSE" or "0");
}
