namespace StoryBot.Trivia.Questions;

/// <summary>The values of the <c>kind</c> option, and their parsing (also accepts the enum names, any case).</summary>
public static class QuestionKindNames
{
    public const string WhoSaidIt = "who";
    public const string FinishTheLine = "finish";
    public const string WhichStory = "story";

    public static bool TryParse(string? text, out QuestionKind kind)
    {
        kind = default;
        var normalized = new string((text ?? string.Empty).Where(char.IsLetter).ToArray()).ToLowerInvariant();
        QuestionKind? parsed = normalized switch
        {
            "who" or "whosaidit" => QuestionKind.WhoSaidIt,
            "finish" or "finishtheline" => QuestionKind.FinishTheLine,
            "story" or "whichstory" or "whichstoryisthisfrom" => QuestionKind.WhichStory,
            _ => null,
        };
        if (parsed is { } value)
        {
            kind = value;
            return true;
        }

        return false;
    }
}
