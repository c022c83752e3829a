using Microsoft.Extensions.DependencyInjection;

namespace StoryBot.Commands;

/// <summary>
/// The registered slash commands, component prefixes and autocomplete handlers, read once from DI and checked:
/// duplicate names or prefixes fail at start with a clear message. /help and command registration read it.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Lazy<Snapshot> snapshot;

    public CommandCatalog(IServiceScopeFactory scopeFactory) => snapshot = new Lazy<Snapshot>(() => Load(scopeFactory));

    /// <summary>Every slash command, in help order.</summary>
    public IReadOnlyList<SlashCommandDefinition> Commands => snapshot.Value.Commands;

    public IReadOnlyList<string> ComponentPrefixes => snapshot.Value.Prefixes;

    public IReadOnlyList<string> AutocompleteCommands => snapshot.Value.AutocompleteCommands;

    public SlashCommandDefinition? Find(string name) =>
        Commands.FirstOrDefault(command => string.Equals(command.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Forces loading and validation (called at host start).</summary>
    public void Validate() => _ = snapshot.Value;

    private static Snapshot Load(IServiceScopeFactory scopeFactory)
    {
        using var scope = scopeFactory.CreateScope();
        var commands = scope.ServiceProvider.GetServices<ISlashCommandHandler>().Select(handler => handler.Definition).ToList();
        var prefixes = scope.ServiceProvider.GetServices<IComponentHandler>().Select(handler => handler.CustomIdPrefix).ToList();
        var autocomplete = scope.ServiceProvider.GetServices<IAutocompleteHandler>().Select(handler => handler.CommandName).ToList();

        ThrowOnDuplicates(commands.Select(command => command.Name), "slash command");
        ThrowOnDuplicates(prefixes, "component custom id prefix");
        ThrowOnDuplicates(autocomplete, "autocomplete handler for command");
        foreach (var prefix in prefixes.Where(prefix => prefix.Length == 0 || prefix.Contains(':', StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"Component custom id prefix '{prefix}' must be non-empty and contain no ':'.");
        }

        var ordered = commands.OrderBy(command => command.HelpOrder).ThenBy(command => command.Name, StringComparer.Ordinal).ToList();
        return new Snapshot(ordered, prefixes, autocomplete);
    }

    private static void ThrowOnDuplicates(IEnumerable<string> names, string what)
    {
        var duplicate = names.GroupBy(name => name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"The {what} '{duplicate.Key}' is registered twice; each must be unique.");
        }
    }

    private sealed record Snapshot(IReadOnlyList<SlashCommandDefinition> Commands, IReadOnlyList<string> Prefixes, IReadOnlyList<string> AutocompleteCommands);
}
