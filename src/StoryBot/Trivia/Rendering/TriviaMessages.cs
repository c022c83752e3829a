using System.Globalization;
using System.Text;
using StoryBot.Commands;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Rendering;

/// <summary>The channel messages of a game: the question, its reveal (an edit of the same message) and the podium.</summary>
public static class TriviaMessages
{
    private const int MaxNamesInReveal = 10;
    private const int MaxPodiumLines = 10;
    private const int MaxFieldLength = 1024;

    public static BotMessage Question(TriviaGame game, GameRound round)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(round);
        var question = round.Question;
        var text = new StringBuilder()
            .AppendLine(Body(question))
            .AppendLine();
        for (var i = 0; i < question.Choices.Count; i++)
        {
            text.Append(Markdown.Bold(TriviaFormat.Letters[i])).Append(" · ").AppendLine(Markdown.Escape(question.Choices[i]));
        }

        text.AppendLine().Append("⏱ Answers close ").Append(TriviaFormat.Relative(round.Deadline)).Append('.');
        var embed = new BotEmbed
        {
            Title = Title(game, round),
            Description = text.ToString(),
            Color = TriviaFormat.QuestionColor,
            Footer = "One answer each · right and fast scores most · streaks earn a bonus",
        };
        var buttons = question.Choices
            .Select((_, choice) => new BotButton(TriviaFormat.Letters[choice], new TriviaCustomId(game.Id, round.Number, choice).ToString(), BotButtonStyle.Primary))
            .ToList();
        return BotMessage.FromEmbed(embed, new BotButtonRow(buttons));
    }

    /// <summary>
    /// The question message once closed: buttons disabled, the right one green, the answer and who got it.
    /// <paramref name="closing"/> ("Next question &lt;t:…:R&gt;.") ends the description: Discord renders timestamp markup
    /// there, not in a footer.
    /// </summary>
    public static BotMessage Reveal(TriviaGame game, RoundResult result, string? closing)
    {
        ArgumentNullException.ThrowIfNull(game);
        ArgumentNullException.ThrowIfNull(result);
        var round = result.Round;
        var question = round.Question;
        var text = new StringBuilder().AppendLine(RevealBody(question)).AppendLine();
        for (var i = 0; i < question.Choices.Count; i++)
        {
            var label = $"{TriviaFormat.Letters[i]} · {Markdown.Escape(question.Choices[i])}";
            var count = result.CountFor(i);
            var votes = count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" — {count} {(count == 1 ? "vote" : "votes")}");
            text.AppendLine(i == question.AnswerIndex ? $"✅ {Markdown.Bold(label)}{votes}" : $"▫️ {label}{votes}");
        }

        text.AppendLine().Append(Explanation(question));
        if (!string.IsNullOrEmpty(closing))
        {
            text.AppendLine().AppendLine().Append(closing);
        }

        var embed = new BotEmbed
        {
            Title = Title(game, round),
            Description = text.ToString(),
            Color = TriviaFormat.RevealColor,
            Fields = [new BotEmbedField("Right answers", Winners(result), false)],
        };
        var buttons = question.Choices
            .Select((_, choice) => new BotButton(
                TriviaFormat.Letters[choice],
                new TriviaCustomId(game.Id, round.Number, choice).ToString(),
                choice == question.AnswerIndex ? BotButtonStyle.Success : BotButtonStyle.Secondary)
            { Disabled = true })
            .ToList();
        return BotMessage.FromEmbed(embed, new BotButtonRow(buttons));
    }

    public static BotMessage Podium(TriviaGame game)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (game.EndReason == GameEndReason.SessionEnded && game.RoundsAsked == 0)
        {
            // Nothing was asked: one quiet line, not an empty podium.
            return BotMessage.Text("Trivia stopped: the session ended before the first question.");
        }

        var standings = game.Standings();
        var text = new StringBuilder();
        if (standings.Count == 0)
        {
            text.AppendLine("Nobody answered this time.");
        }

        var rank = 0;
        foreach (var player in standings.Take(MaxPodiumLines))
        {
            rank++;
            var medal = rank switch { 1 => "🥇", 2 => "🥈", 3 => "🥉", _ => string.Create(CultureInfo.InvariantCulture, $"{rank}.") };
            text.Append(medal).Append(' ').Append(TriviaFormat.Player(player.UserId))
                .Append(" — ").Append(TriviaFormat.Points(player.Points)).Append(" pts")
                .Append(" (").Append(TriviaFormat.RightOf(player.Correct, player.Answered))
                .Append(player.BestStreak >= 2 ? string.Create(CultureInfo.InvariantCulture, $", best streak {player.BestStreak}") : string.Empty)
                .AppendLine(")");
        }

        if (standings.Count > MaxPodiumLines)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"…and {standings.Count - MaxPodiumLines} more.");
        }

        text.AppendLine().Append(EndLine(game));
        return BotMessage.FromEmbed(new BotEmbed
        {
            Title = "🏆 Trivia results",
            Description = text.ToString(),
            Color = TriviaFormat.PodiumColor,
            Footer = "/trivia start for another round · /trivia leaderboard · /trivia stats",
        });
    }

    /// <summary>Replaces an open question whose game ended while the bot was down.</summary>
    public static BotMessage EndedByRestart() => BotMessage.FromEmbed(new BotEmbed
    {
        Title = "Trivia ended",
        Description = "StoryBot restarted while this game was running, so the game ended here. Start a new one with `/trivia start`.",
        Color = TriviaFormat.EndedColor,
    });

    public static string Started(TriviaGame game, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(game);
        var settings = game.Settings;
        var noun = settings.Rounds == 1 ? "question" : "questions";
        var what = settings.Filter.Kind is { } kind ? $"“{TriviaFormat.KindTitle(kind)}” {noun}" : noun;
        var from = settings.StoryTitle is { } title ? $" from {Markdown.Italic(Markdown.Escape(title))}" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"🎲 **Trivia!** {Markdown.Escape(game.StarterName)} started a game of {settings.Rounds} {what}{from}. " +
            $"Answer with the buttons: {window.TotalSeconds:0} seconds per question, one answer each. First question coming up!");
    }

    private static string Title(TriviaGame game, GameRound round) =>
        string.Create(CultureInfo.InvariantCulture, $"Question {round.Number} of {game.Settings.Rounds} · {TriviaFormat.KindTitle(round.Question.Kind)}");

    private static string Body(TriviaQuestion question) => question.Kind switch
    {
        QuestionKind.FinishTheLine => TriviaFormat.Quote(question.Body + " …", dialogue: true),
        QuestionKind.WhichStory => TriviaFormat.Quote(question.Body, dialogue: false),
        _ => TriviaFormat.Quote(question.Body, dialogue: true),
    };

    private static string RevealBody(TriviaQuestion question) => question.Kind switch
    {
        QuestionKind.WhichStory => Body(question),
        _ => TriviaFormat.Quote(question.Context.FullText, dialogue: true),
    };

    private static string Explanation(TriviaQuestion question)
    {
        var context = question.Context;
        var where = TriviaFormat.Where(context);
        if (context.Speaker is null)
        {
            return TriviaFormat.Sentence($"From {where}");
        }

        var speaker = Markdown.Bold(Markdown.Escape(context.Speaker));
        var to = context.Addressee is null ? string.Empty : $" to {Markdown.Bold(Markdown.Escape(context.Addressee))}";
        return TriviaFormat.Sentence($"{speaker} said it{to} — {where}");
    }

    private static string Winners(RoundResult result)
    {
        var winners = result.Winners.ToList();
        if (winners.Count == 0)
        {
            return result.Answers.Count == 0 ? "Nobody answered." : "Nobody got it.";
        }

        var names = winners.Take(MaxNamesInReveal)
            .Select(answer => $"{Markdown.Escape(answer.Name)} +{TriviaFormat.Points(answer.Score.Points)} ({TriviaFormat.Seconds(answer.Elapsed)}{(answer.Score.Streak >= 2 ? string.Create(CultureInfo.InvariantCulture, $", streak {answer.Score.Streak}") : string.Empty)})");
        var more = winners.Count > MaxNamesInReveal ? string.Create(CultureInfo.InvariantCulture, $" and {winners.Count - MaxNamesInReveal} more") : string.Empty;
        // Discord caps an embed field's value at 1,024 characters.
        return Markdown.Truncate(string.Join(" · ", names) + more, MaxFieldLength);
    }

    private static string EndLine(TriviaGame game)
    {
        var asked = game.RoundsAsked;
        var questions = asked == 1 ? "1 question" : string.Create(CultureInfo.InvariantCulture, $"{asked} questions");
        return game.EndReason switch
        {
            GameEndReason.Finished => asked == 1 ? "That was the only question. GG!" : $"All {questions} played. GG!",
            GameEndReason.Stopped => $"Stopped by {Markdown.Escape(game.StoppedBy ?? "a moderator")} after {questions}.",
            GameEndReason.NoAnswers => $"Ended after {questions}: nobody answered the last few.",
            GameEndReason.OutOfQuestions => $"Ended after {questions}: I ran out of fresh questions for this game.",
            GameEndReason.Shutdown => $"StoryBot is restarting, so the game ended after {questions}. Sorry!",
            GameEndReason.DiscordErrors => $"Ended after {questions}: Discord kept refusing my messages.",
            GameEndReason.SessionEnded => $"The session ended, so the game ended after {questions}.",
            _ => $"Game over after {questions}.",
        };
    }
}
