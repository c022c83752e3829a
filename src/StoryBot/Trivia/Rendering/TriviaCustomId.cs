using System.Globalization;

namespace StoryBot.Trivia.Rendering;

/// <summary>
/// Answer buttons carry <c>tv:a:&lt;game&gt;:&lt;round&gt;:&lt;choice&gt;</c>: enough to judge a press without the message,
/// and to explain an old game's button after a restart.
/// </summary>
public readonly record struct TriviaCustomId(long GameId, int Round, int Choice)
{
    public const string Prefix = "tv";
    private const string AnswerVerb = "a";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}:{AnswerVerb}:{GameId}:{Round}:{Choice}");

    public static bool TryParse(IReadOnlyList<string> parts, out TriviaCustomId id)
    {
        ArgumentNullException.ThrowIfNull(parts);
        id = default;
        if (parts.Count != 5 || parts[0] != Prefix || parts[1] != AnswerVerb
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var game)
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var round)
            || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var choice))
        {
            return false;
        }

        id = new TriviaCustomId(game, round, choice);
        return true;
    }
}
