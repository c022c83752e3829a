using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryBot.Data.Libraries;

namespace StoryBot.Commands;

/// <summary>
/// Routes an invocation to its handler in a fresh DI scope. Both front ends (Discord and the console shell) call it,
/// so features behave the same everywhere. Before the handler runs, the interaction's <see cref="LibraryScope"/> is
/// resolved once from its server and set on the scope's story context (so no query of a handler can see another
/// server's library) and on <see cref="CommandContext.Library"/>, unless the command's definition says it reads no library
/// (<see cref="SlashCommandDefinition.ReadsLibrary"/>). Unknown commands and handler failures become
/// ephemeral messages; cancellation propagates.
/// </summary>
public sealed partial class CommandRouter(IServiceScopeFactory scopeFactory, ILogger<CommandRouter> logger)
{
    public const string FailureText = "Sorry, something went wrong on my side while doing that. The error was logged; please try again.";

    public async Task<BotReply> DispatchAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await using var scope = scopeFactory.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetKeyedService<ISlashCommandHandler>(invocation.Name);
        if (handler is null)
        {
            return BotReply.Ephemeral($"I don't know the command /{invocation.Name}. Type /help to see what I can do.");
        }

        try
        {
            // A command that reads no story (e.g. /help) skips the library scope: no store context, no query.
            var context = handler.Definition.ReadsLibrary
                ? await ScopeAsync(scope.ServiceProvider, invocation.Context, cancellationToken).ConfigureAwait(false)
                : invocation.Context;
            return await handler.HandleAsync(invocation with { Context = context }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogCommandFailed(exception, invocation.Name, invocation.Subcommand);
            return BotReply.Ephemeral(FailureText);
        }
    }

    public async Task<BotReply> DispatchAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var prefix = invocation.CustomId.Split(':', 2)[0];
        await using var scope = scopeFactory.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetKeyedService<IComponentHandler>(prefix);
        if (handler is null)
        {
            return BotReply.Ephemeral("This button no longer does anything. Run the command again for fresh buttons.");
        }

        try
        {
            var context = await ScopeAsync(scope.ServiceProvider, invocation.Context, cancellationToken).ConfigureAwait(false);
            return await handler.HandleAsync(invocation with { Context = context }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogComponentFailed(exception, invocation.CustomId);
            return BotReply.Ephemeral(FailureText);
        }
    }

    public async Task<IReadOnlyList<BotChoice>> SuggestAsync(AutocompleteInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        await using var scope = scopeFactory.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetKeyedService<IAutocompleteHandler>(invocation.Name);
        if (handler is null)
        {
            return [];
        }

        try
        {
            var context = await ScopeAsync(scope.ServiceProvider, invocation.Context, cancellationToken).ConfigureAwait(false);
            var choices = await handler.SuggestAsync(invocation with { Context = context }, cancellationToken).ConfigureAwait(false);
            return choices.Count <= BotChoice.MaxChoices ? choices : choices.Take(BotChoice.MaxChoices).ToList();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogAutocompleteFailed(exception, invocation.Name, invocation.FocusedOption);
            return [];
        }
    }

    /// <summary>Resolves the interaction's library scope (a host without the story store keeps the shared-only default).</summary>
    private static async Task<CommandContext> ScopeAsync(IServiceProvider services, CommandContext context, CancellationToken cancellationToken)
    {
        if (services.GetService<LibraryScopeResolver>() is not { } resolver)
        {
            return context;
        }

        var library = await resolver.ResolveAsync(context.GuildId, cancellationToken).ConfigureAwait(false);
        return context with { Library = library };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command /{Command} {Subcommand} failed")]
    private partial void LogCommandFailed(Exception exception, string command, string? subcommand);

    [LoggerMessage(Level = LogLevel.Error, Message = "Button {CustomId} failed")]
    private partial void LogComponentFailed(Exception exception, string customId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Autocomplete for /{Command} option {Option} failed")]
    private partial void LogAutocompleteFailed(Exception exception, string command, string option);
}
