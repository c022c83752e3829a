using System.Globalization;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Commands;

/// <summary><c>/trivia start|stop|leaderboard|stats</c>.</summary>
public sealed class TriviaCommand(TriviaGameStarter starter, TriviaBoards boards, IOptions<TriviaOptions> options) : ISlashCommandHandler
{
    public const string Name = "trivia";

    /// <summary>The registered definition; <c>rounds</c> has the same bounds and default the game enforces (Trivia:MaxRounds).</summary>
    public SlashCommandDefinition Definition { get; } = Define(options.Value);

    private static SlashCommandDefinition Define(TriviaOptions settings) => new(Name, "Quiz games made from the stories' own dialogue.")
    {
        HelpOrder = 30,
        Options =
        [
            CommandOptionDefinition.Subcommand(
                "start",
                "Start a trivia game in this channel",
                CommandOptionDefinition.Integer(
                    "rounds",
                    string.Create(CultureInfo.InvariantCulture, $"How many questions (default {settings.DefaultRounds}, at most {settings.MaxRounds})"),
                    min: 1,
                    max: settings.MaxRounds),
                CommandOptionDefinition.String("story", "Only ask about this story", autocomplete: true) with { MaxLength = 100 },
                CommandOptionDefinition.String("kind", "Only this kind of question") with { Choices = KindChoices }),
            CommandOptionDefinition.Subcommand("stop", "Stop this channel's game (the starter or Manage Messages)"),
            CommandOptionDefinition.Subcommand(
                "leaderboard",
                "This server's best trivia players",
                CommandOptionDefinition.String("period", "All time (default) or this week") with { Choices = PeriodChoices }),
            CommandOptionDefinition.Subcommand(
                "stats",
                "Games, right answers, accuracy, best streak and fastest answer",
                new CommandOptionDefinition("user", "Whose stats (default: yours)", CommandOptionType.User)),
        ],
    };

    public static IReadOnlyList<BotChoice> KindChoices { get; } =
    [
        new("Who said it?", QuestionKindNames.WhoSaidIt),
        new("Finish the line", QuestionKindNames.FinishTheLine),
        new("Which story?", QuestionKindNames.WhichStory),
    ];

    public static IReadOnlyList<BotChoice> PeriodChoices { get; } =
    [
        new("All time", "all"),
        new("This week", "week"),
    ];

    public Task<BotReply> HandleAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        return invocation.Subcommand switch
        {
            "start" => starter.StartAsync(invocation, cancellationToken),
            "stop" => Task.FromResult(starter.Stop(invocation.Context)),
            "leaderboard" => boards.LeaderboardAsync(invocation, cancellationToken),
            "stats" => boards.StatsAsync(invocation, cancellationToken),
            _ => Task.FromResult(BotReply.Ephemeral("Use `/trivia start`, `/trivia stop`, `/trivia leaderboard` or `/trivia stats`.")),
        };
    }
}
