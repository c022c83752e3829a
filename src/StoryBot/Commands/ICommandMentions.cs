namespace StoryBot.Commands;

/// <summary>
/// How a message names one of the bot's commands: on Discord a clickable command mention (<c>&lt;/trivia start:id&gt;</c>)
/// once the command's id is known; elsewhere (the console shell, before registration) the command in code style.
/// </summary>
public interface ICommandMentions
{
    /// <summary><paramref name="path"/> is "excerpt" or "trivia start"; <paramref name="usage"/> its options, " [story] [chapter]" or empty.</summary>
    string Format(string path, string usage);
}
