namespace StoryBot.Commands;

/// <summary>Commands in code style, <c>`/trivia start [rounds]`</c>: the shell, and Discord before registration.</summary>
public sealed class PlainCommandMentions : ICommandMentions
{
    public string Format(string path, string usage) => $"`/{path}{usage}`";
}
