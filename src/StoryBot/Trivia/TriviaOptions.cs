using System.ComponentModel.DataAnnotations;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Scoring;

namespace StoryBot.Trivia;

/// <summary>The <c>Trivia</c> section of appsettings.json. Every key and default is listed in docs/trivia.md.</summary>
public sealed class TriviaOptions
{
    public const string Section = "Trivia";

    /// <summary>How long each question stays open.</summary>
    [Range(5, 300)]
    public int QuestionSeconds { get; set; } = 20;

    /// <summary>The pause after a reveal before the next question.</summary>
    [Range(0, 120)]
    public int RevealSeconds { get; set; } = 5;

    [Range(1, 100)]
    public int DefaultRounds { get; set; } = 10;

    [Range(1, 100)]
    public int MaxRounds { get; set; } = 30;

    /// <summary>A game ends by itself after this many questions in a row that nobody answered.</summary>
    [Range(1, 100)]
    public int IdleRoundsBeforeEnd { get; set; } = 3;

    /// <summary>A game ends (politely, if it still can) after this many Discord failures in a row.</summary>
    [Range(1, 100)]
    public int MaxConsecutiveDiscordErrors { get; set; } = 3;

    [Range(1, 25)]
    public int LeaderboardSize { get; set; } = 10;

    /// <summary>
    /// A library with at most this many lines and paragraphs is held in memory whole (every question known at once);
    /// a larger one is sampled: each question is drawn from a random chapter or a few passages read on demand.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int WholeLibraryMaxRows { get; set; } = 20_000;

    public QuestionRules Questions { get; set; } = new();

    public ScoringOptions Scoring { get; set; } = new();

    public TimeSpan QuestionWindow => TimeSpan.FromSeconds(QuestionSeconds);

    public TimeSpan RevealPause => TimeSpan.FromSeconds(RevealSeconds);
}
