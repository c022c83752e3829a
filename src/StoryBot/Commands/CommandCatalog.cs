using Microsoft.Extensions.DependencyInjection;

namespace StoryBot.Commands;

/// <summary>
/// The registered slash commands, component prefixes and autocomplete handlers, read once from DI and checked:
/// duplicate names or prefixes, or a key that differs from the handler's own, fail at start with a clear message.
/// /help and command registration read it.
/// </summary>
public sealed class CommandCatalog
{
    private readonly Lazy<IReadOnlyList<SlashCommandDefinition>> commands;

    public CommandCatalog(IEnumerable<CommandRegistration> registrations, IServiceScopeFactory scopeFactory)
    {
        Registrations = [.. registrations];
        commands = new Lazy<IReadOnlyList<SlashCommandDefinition>>(() => Load(Registrations, scopeFactory));
    }

    public IReadOnlyList<CommandRegistration> Registrations { get; }

    /// <summary>Every slash command, in help order.</summary>
    public IReadOnlyList<SlashCommandDefinition> Commands => commands.Value;

    public SlashCommandDefinition? Find(string name) =>
        Commands.FirstOrDefault(command => string.Equals(command.Name, name, StringComparison.Ordinal));

    /// <summary>Forces loading and validation (called at host start).</summary>
    public void Validate() => _ = commands.Value;

    private static List<SlashCommandDefinition> Load(IReadOnlyList<CommandRegistration> registrations, IServiceScopeFactory scopeFactory)
    {
        foreach (var kind in Enum.GetValues<CommandRegistrationKind>())
        {
            var duplicate = registrations.Where(r => r.Kind == kind).GroupBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new InvalidOperationException($"{kind} '{duplicate.Key}' is registered twice ({string.Join(", ", duplicate.Select(r => r.HandlerType.Name))}); keys must be unique.");
            }
        }

        using var scope = scopeFactory.CreateScope();
        var definitions = new List<SlashCommandDefinition>();
        foreach (var registration in registrations)
        {
            var actual = registration.Kind switch
            {
                CommandRegistrationKind.SlashCommand => Keyed<ISlashCommandHandler>(scope, registration).Definition.Name,
                CommandRegistrationKind.Component => Keyed<IComponentHandler>(scope, registration).CustomIdPrefix,
                _ => Keyed<IAutocompleteHandler>(scope, registration).CommandName,
            };
            if (!string.Equals(actual, registration.Key, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{registration.HandlerType.Name} is registered as {registration.Kind} '{registration.Key}' but says '{actual}'.");
            }

            if (registration.Kind == CommandRegistrationKind.Component && registration.Key.Contains(':', StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Custom id prefix '{registration.Key}' must not contain ':'.");
            }

            if (registration.Kind == CommandRegistrationKind.SlashCommand)
            {
                definitions.Add(Keyed<ISlashCommandHandler>(scope, registration).Definition);
            }
        }

        return [.. definitions.OrderBy(d => d.HelpOrder).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    private static T Keyed<T>(IServiceScope scope, CommandRegistration registration)
        where T : notnull => scope.ServiceProvider.GetRequiredKeyedService<T>(registration.Key);
}
