namespace StoryBot.Commands;

/// <summary>A fixed choice of an option, or an autocomplete suggestion. Value is a string, long or double.</summary>
public sealed record BotChoice(string Name, object Value)
{
    /// <summary>Discord allows at most 25 choices and autocomplete results.</summary>
    public const int MaxChoices = 25;
}
