using System.ComponentModel.DataAnnotations;

namespace StoryBot.Trivia.Scoring;

/// <summary>Points per answer. Bound from <c>Trivia:Scoring</c>.</summary>
public sealed class ScoringOptions
{
    /// <summary>Points for any right answer.</summary>
    [Range(0, 100_000)]
    public int CorrectPoints { get; set; } = 500;

    /// <summary>Extra points for an instant right answer, falling linearly to 0 at the deadline.</summary>
    [Range(0, 100_000)]
    public int MaxSpeedBonus { get; set; } = 500;

    /// <summary>Extra points per earlier right answer in an unbroken streak (2nd in a row +100, 3rd +200, …).</summary>
    [Range(0, 100_000)]
    public int StreakBonusStep { get; set; } = 100;

    /// <summary>The streak bonus never exceeds this.</summary>
    [Range(0, 100_000)]
    public int MaxStreakBonus { get; set; } = 500;
}
