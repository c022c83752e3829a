namespace StoryBot.Discord.Interactions;

/// <summary>Finds the handler type for an interaction: by command name, or by the longest matching custom_id prefix.</summary>
internal sealed class InteractionRouter
{
    private readonly Dictionary<string, Type> _commands = new(StringComparer.Ordinal);
    private readonly List<InteractionRoute> _components;

    public InteractionRouter(IEnumerable<InteractionRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var all = routes.ToList();
        foreach (var route in all.Where(r => r.Kind == InteractionRouteKind.Command))
        {
            if (!_commands.TryAdd(route.Key, route.HandlerType))
            {
                throw new InvalidOperationException($"Two handlers registered for command /{route.Key}: {_commands[route.Key].Name} and {route.HandlerType.Name}.");
            }
        }

        _components = [.. all.Where(r => r.Kind == InteractionRouteKind.Component).OrderByDescending(r => r.Key.Length)];
    }

    public Type? Find(InteractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Type switch
        {
            InteractionType.ApplicationCommand or InteractionType.ApplicationCommandAutocomplete
                when context.CommandName is { } name => _commands.GetValueOrDefault(name),
            InteractionType.MessageComponent or InteractionType.ModalSubmit
                when context.CustomId is { } id => _components.FirstOrDefault(r => id.StartsWith(r.Key, StringComparison.Ordinal))?.HandlerType,
            _ => null,
        };
    }

    /// <summary>
    /// A low-cardinality name for metrics: the command name when routed, the matched custom_id prefix (without its
    /// trailing ':') for components, "unknown" otherwise — never a user-chosen custom_id.
    /// </summary>
    public string MetricName(InteractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        switch (context.Type)
        {
            case InteractionType.ApplicationCommand or InteractionType.ApplicationCommandAutocomplete
                when context.CommandName is { } name && _commands.ContainsKey(name):
                return name;
            case InteractionType.MessageComponent or InteractionType.ModalSubmit when context.CustomId is { } id:
                var route = _components.FirstOrDefault(r => id.StartsWith(r.Key, StringComparison.Ordinal));
                return route is null ? "unknown" : route.Key.TrimEnd(':');
            default:
                return "unknown";
        }
    }
}
