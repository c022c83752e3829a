using StoryBot.Commands;
using StoryBot.Discord.Interactions.Commands;

namespace StoryBot.DiscordBridge;

/// <summary>Clickable command mentions, <c>&lt;/trivia start:id&gt; `[rounds]`</c>, once Discord has given the command an id.</summary>
public sealed class DiscordCommandMentions(RegisteredCommandIds ids) : ICommandMentions
{
    public string Format(string path, string usage)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(usage);
        var name = path.Split(' ')[0];
        if (ids.IdOf(name) is not { } id)
        {
            return $"`/{path}{usage}`";
        }

        var mention = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"</{path}:{id}>");
        return usage.Length == 0 ? mention : $"{mention} `{usage.Trim()}`";
    }
}
