using StoryBot.Commands;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Rendering;

namespace StoryBot.Trivia.Commands;

/// <summary>
/// The A–D answer buttons. Every press gets an ephemeral answer at once (locked in, already answered, too late, or
/// "this game is over" for buttons of a game that ended, including one cut short by a restart).
/// </summary>
public sealed class TriviaButtons(TriviaGameRegistry registry, TriviaStore store, TimeProvider time) : IComponentHandler
{
    public string CustomIdPrefix => TriviaCustomId.Prefix;

    public async Task<BotReply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (!TriviaCustomId.TryParse(invocation.Parts, out var id))
        {
            return BotReply.Ephemeral("That button doesn't belong to a trivia question I know.");
        }

        var game = registry.Find(id.GameId);
        if (game is null)
        {
            return BotReply.Ephemeral(await GameOverAsync(id.GameId, cancellationToken));
        }

        var round = game.CurrentRound;
        if (round is null)
        {
            return BotReply.Ephemeral("The first question is on its way.");
        }

        if (round.Number == id.Round && (id.Choice < 0 || id.Choice >= round.Question.Choices.Count))
        {
            return BotReply.Ephemeral("That question has no such choice.");
        }

        var user = invocation.Context.User;
        return game.TryAnswer(user.Id, user.Name, id.Round, id.Choice, time.GetUtcNow()) switch
        {
            AnswerOutcome.Accepted => BotReply.Ephemeral(
                $"🔒 Locked in {Markdown.Bold(TriviaFormat.Letters[id.Choice])} · {Markdown.Escape(round.Question.Choices[id.Choice])}. The answer is revealed {TriviaFormat.Relative(round.Deadline)}."),
            AnswerOutcome.AlreadyAnswered => BotReply.Ephemeral(
                $"You already answered this question: one answer each. The answer is revealed {TriviaFormat.Relative(round.Deadline)}."),
            AnswerOutcome.TooLate when id.Round < round.Number => BotReply.Ephemeral("That question is closed; the current one is further down."),
            AnswerOutcome.TooLate => BotReply.Ephemeral("Too late: this question has closed."),
            _ => BotReply.Ephemeral(await GameOverAsync(id.GameId, cancellationToken)),
        };
    }

    private async Task<string> GameOverAsync(long gameId, CancellationToken cancellationToken)
    {
        var stored = await store.FindGameAsync(gameId, cancellationToken);
        var why = stored?.EndReason == GameEndReason.Shutdown ? " It ended when StoryBot restarted." : string.Empty;
        return $"This trivia game is over.{why} Start a new one with `/trivia start`.";
    }
}
