using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Trivia.Games;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>Plays rounds of a harness game: answers at given seconds, then moves the clock past the deadline and the pause.</summary>
public static class GameDriver
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(5);

    /// <summary>Waits for the <paramref name="sentCount"/>-th channel message (the question), answers, closes the round.</summary>
    public static async Task PlayRoundAsync(TriviaHarness harness, int sentCount, int editCount, params (CommandContext Player, bool Right, int AtSecond)[] answers)
    {
        var (messageId, question) = await harness.Messenger.WaitForSentAsync(sentCount);
        var round = harness.Services.GetRequiredService<TriviaGameRegistry>().InChannel(TriviaHarness.Channel)!.CurrentRound!;
        var buttons = question.Components.Single().Buttons;
        foreach (var (player, right, second) in answers.OrderBy(answer => answer.AtSecond))
        {
            var now = harness.Time.GetUtcNow();
            var at = round.OpenedAt.AddSeconds(second);
            if (at > now)
            {
                harness.Time.Advance(at - now);
            }

            var choice = right ? round.Question.AnswerIndex : (round.Question.AnswerIndex + 1) % buttons.Count;
            await harness.PressAsync(player, messageId, buttons[choice].CustomId!);
        }

        await harness.Time.WaitForTimerDueAsync(round.Deadline);
        harness.Time.Advance(round.Deadline - harness.Time.GetUtcNow());
        await harness.Messenger.WaitForEditAsync(editCount);
    }

    /// <summary>Moves past the pause between questions once the loop waits on it.</summary>
    public static async Task NextQuestionAsync(TriviaHarness harness)
    {
        var now = harness.Time.GetUtcNow();
        await harness.Time.WaitForTimerDueAsync(now + Pause);
        harness.Time.Advance(Pause);
    }
}
