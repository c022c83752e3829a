using System.Globalization;
using StoryBot.Commands;
using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Rendering;

/// <summary>Small formatting pieces shared by trivia's messages.</summary>
internal static class TriviaFormat
{
    public const int QuestionColor = 0x5865F2;
    public const int RevealColor = 0x57F287;
    public const int PodiumColor = 0xFEE75C;
    public const int EndedColor = 0x99AAB5;

    public static readonly string[] Letters = ["A", "B", "C", "D", "E", "F"];

    public static string KindTitle(QuestionKind kind) => kind switch
    {
        QuestionKind.WhoSaidIt => "Who said it?",
        QuestionKind.FinishTheLine => "Finish the line",
        QuestionKind.WhichStory => "Which story is this from?",
        _ => kind.ToString(),
    };

    /// <summary>Discord renders <c>&lt;t:unix:R&gt;</c> as a live "in 12 seconds" in each reader's client (docs: reference, "Message Formatting").</summary>
    public static string Relative(DateTimeOffset when) =>
        string.Create(CultureInfo.InvariantCulture, $"<t:{when.ToUnixTimeSeconds()}:R>");

    /// <summary>
    /// A player as a user mention: Discord shows their current name and, as every message sets empty
    /// allowed_mentions, never pings them.
    /// </summary>
    public static string Player(ulong userId) => string.Create(CultureInfo.InvariantCulture, $"<@{userId}>");

    public static string Points(int points) => points.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A block quote of escaped story text, wrapped in curly quotes when it is dialogue.</summary>
    public static string Quote(string text, bool dialogue) =>
        "> " + (dialogue ? "“" : string.Empty) + Markdown.EscapeProse(Markdown.Truncate(FootnoteMarkers.Strip(text), 1500)).ReplaceLineEndings("\n> ") + (dialogue ? "”" : string.Empty);

    /// <summary>
    /// "2 of 3 right": right answers of the answers the player gave. The podium, the leaderboard and the stats all count
    /// the same way, so one game's figures agree everywhere (questions a player skipped are not held against them).
    /// </summary>
    public static string RightOf(int correct, int answered) =>
        string.Create(CultureInfo.InvariantCulture, $"{correct} of {answered} right");

    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s";

    /// <summary>
    /// "*Second Chances*, chapter 1 “Many Regrets”": the chapter's title only when it says more than its number, and in
    /// quotes only when it is not already quoted (a title made of opening words is).
    /// </summary>
    public static string Where(AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var story = Markdown.Italic(Markdown.Escape(context.StoryTitle));
        var chapter = context.ChapterNumber > 0 ? string.Create(CultureInfo.InvariantCulture, $", chapter {context.ChapterNumber}") : string.Empty;
        var name = context.ChapterTitle?.Trim();
        var generic = string.IsNullOrEmpty(name)
            || string.Equals(name, string.Create(CultureInfo.InvariantCulture, $"Chapter {context.ChapterNumber}"), StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Untitled chapter", StringComparison.OrdinalIgnoreCase);
        var title = generic ? string.Empty
            : name![0] is '“' or '"' ? " " + Markdown.Escape(name)
            : $" “{Markdown.Escape(name)}”";
        return story + chapter + title;
    }

    /// <summary>Ends <paramref name="text"/> with a full stop unless it already ends a sentence ("…Rasengan?”" stays).</summary>
    public static string Sentence(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var end = text.TrimEnd('”', '"', '’', '\'', '*', '_', ')');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' ? text : text + ".";
    }
}
