using System.Collections.Concurrent;

namespace StoryBot.Discord.Interactions.Commands;

/// <summary>
/// The ids Discord gave the application commands, known once they are registered (or found unchanged) at READY:
/// what a command mention (<c>&lt;/name:id&gt;</c>, a clickable command in a message) needs.
/// </summary>
public sealed class RegisteredCommandIds
{
    private readonly ConcurrentDictionary<string, ulong> ids = new(StringComparer.Ordinal);

    /// <summary>The id of top-level command <paramref name="name"/>, or null before registration.</summary>
    public ulong? IdOf(string name) => ids.TryGetValue(name, out var id) ? id : null;

    internal void Set(IEnumerable<(string Name, ulong Id)> commands)
    {
        foreach (var (name, id) in commands)
        {
            if (id != 0)
            {
                ids[name] = id;
            }
        }
    }
}
