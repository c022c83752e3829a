using System.Globalization;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Trivia.Games;
using StoryBot.Trivia.Persistence;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Rendering;
using StoryBot.Trivia.Scoring;
using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Commands;

/// <summary>
/// <c>/trivia start</c> and <c>/trivia stop</c>: checks the options, claims the channel (one game each), records the
/// game and hands it to the <see cref="TriviaGameRunner"/>. Answers at once; the game itself runs in the background.
/// </summary>
public sealed class TriviaGameStarter(
    TriviaGameRegistry registry,
    TriviaGameRunner runner,
    TriviaStore store,
    TriviaQuestionBanks banks,
    IChannelMessenger messenger,
    Stories.StoryResolver stories,
    IOptions<TriviaOptions> options,
    TriviaClock time,
    TriviaRandom random)
{
    public async Task<BotReply> StartAsync(SlashCommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var context = invocation.Context;
        var settings = options.Value;
        if (registry.InChannel(context.ChannelId) is { } running)
        {
            return AlreadyRunning(running, context);
        }

        var rounds = invocation.Options.GetInteger("rounds") ?? settings.DefaultRounds;
        if (rounds < 1 || rounds > settings.MaxRounds)
        {
            return BotReply.Ephemeral(string.Create(CultureInfo.InvariantCulture, $"A game has 1 to {settings.MaxRounds} questions."));
        }

        QuestionKind? kind = null;
        if (invocation.Options.GetString("kind") is { } kindText)
        {
            if (!QuestionKindNames.TryParse(kindText, out var parsed))
            {
                return BotReply.Ephemeral($"I don't know the question kind “{Markdown.Escape(kindText)}”. Pick “Who said it?”, “Finish the line” or “Which story?”.");
            }

            kind = parsed;
        }

        long? storyId = null;
        string? storyTitle = null;
        if (invocation.Options.GetString("story") is { } storyText)
        {
            var (story, problem) = await stories.ResolveAsync(storyText, cancellationToken);
            if (story is null)
            {
                return BotReply.Ephemeral(problem!);
            }

            if (!RatingPolicy.IsAllowed(story.Rating, context))
            {
                return RatingPolicy.Refusal(story.Title, story.Rating);
            }

            if (kind == QuestionKind.WhichStory)
            {
                return BotReply.Ephemeral("“Which story?” questions need the whole library: leave out `story`, or pick another kind.");
            }

            storyId = story.Id;
            storyTitle = story.Title;
        }

        if (await CannotPostAsync(context.ChannelId, cancellationToken))
        {
            return BotReply.Ephemeral("I can't post in this channel, so I can't run a game here. I need View Channel, Send Messages and Embed Links.");
        }

        var filter = new QuestionFilter(storyId, kind);
        var library = await banks.GetAsync(context.AllowsMatureContent, cancellationToken);
        var available = await library.CountAvailableAsync(filter, (int)rounds, random.Random, cancellationToken);
        if (available == 0)
        {
            return BotReply.Ephemeral(await NothingToAskAsync(filter, storyTitle, library, cancellationToken));
        }

        var now = time.GetUtcNow();
        var gameSettings = new GameSettings((int)Math.Min(rounds, available), filter, context.AllowsMatureContent, storyTitle);
        var id = await store.CreateGameAsync(
            new TriviaGameRecord
            {
                GuildId = context.GuildId,
                ChannelId = context.ChannelId,
                StarterId = context.User.Id,
                StarterName = Clip(context.User.Name),
                Rounds = gameSettings.Rounds,
                StoryId = storyId,
                Kind = kind,
                Status = GameStatus.Running,
                StartedAt = now.UtcDateTime,
            },
            cancellationToken);
        var game = new TriviaGame(id, context.GuildId, context.ChannelId, context.User.Id, context.User.Name, gameSettings, now, new Scorer(settings.Scoring));
        if (!registry.TryAdd(game))
        {
            // Someone else started one in the same instant.
            game.Dispose();
            await store.EndGameAsync(id, GameEndReason.Stopped, now, cancellationToken);
            return registry.InChannel(context.ChannelId) is { } other ? AlreadyRunning(other, context) : BotReply.Ephemeral("A game just started here.");
        }

        if (!runner.TryEnqueue(game))
        {
            registry.Remove(game);
            game.Dispose();
            await store.EndGameAsync(id, GameEndReason.Shutdown, now, cancellationToken);
            return BotReply.Ephemeral("StoryBot is restarting right now; start the game again in a minute.");
        }

        var note = gameSettings.Rounds < rounds
            ? string.Create(CultureInfo.InvariantCulture, $" (only {gameSettings.Rounds} fresh {(gameSettings.Rounds == 1 ? "question fits" : "questions fit")} those choices)")
            : string.Empty;
        return BotReply.Public(BotMessage.Text(TriviaMessages.Started(game, settings.QuestionWindow) + note));
    }

    public BotReply Stop(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (registry.InChannel(context.ChannelId) is not { } game)
        {
            return BotReply.Ephemeral("No trivia game is running in this channel. Start one with `/trivia start`.");
        }

        if (context.User.Id != game.StarterId && !context.User.Has(BotPermissions.ManageMessages))
        {
            return BotReply.Ephemeral($"Only {Markdown.Escape(game.StarterName)}, who started this game, or someone with Manage Messages can stop it.");
        }

        return game.RequestStop(context.User.Name)
            ? BotReply.Public(BotMessage.Text($"⏹ {Markdown.Escape(context.User.Name)} stopped the trivia game. Final scores coming up."))
            : BotReply.Ephemeral("This game is already ending.");
    }

    /// <summary>True only when the bot knows it can't post here; when unsure, the game starts and copes with errors.</summary>
    private async Task<bool> CannotPostAsync(ulong channelId, CancellationToken cancellationToken)
    {
        try
        {
            var channel = await messenger.GetChannelAsync(channelId, cancellationToken);
            return !channel.Exists || !channel.CanSend;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    private static BotReply AlreadyRunning(TriviaGame running, CommandContext context)
    {
        var round = running.CurrentRound;
        var where = round?.MessageId is { } messageId
            ? $" Jump to the current question: https://discord.com/channels/{(context.GuildId is { } guild ? guild.ToString(CultureInfo.InvariantCulture) : "@me")}/{running.ChannelId}/{messageId}"
            : string.Empty;
        var progress = round is null
            ? "it's about to start"
            : string.Create(CultureInfo.InvariantCulture, $"question {round.Number} of {running.Settings.Rounds}");
        return BotReply.Ephemeral(
            $"A trivia game is already running in this channel ({progress}, started by {Markdown.Escape(running.StarterName)}). " +
            $"Join in with the buttons, or wait for it to end.{where}");
    }

    private async Task<string> NothingToAskAsync(QuestionFilter filter, string? storyTitle, QuestionLibrary library, CancellationToken cancellationToken)
    {
        if (filter == QuestionFilter.None || await library.CountAvailableAsync(QuestionFilter.None, 1, random.Random, cancellationToken) == 0)
        {
            return library.StoryCount == 0
                ? "The library is empty, so there is nothing to ask yet. Add chapter files to the seed folder first."
                : "I couldn't make a single question from the stories I may show in this channel.";
        }

        var kind = filter.Kind is { } k ? $"“{TriviaFormat.KindTitle(k)}” questions" : "questions";
        var from = storyTitle is null ? string.Empty : $" from {Markdown.Italic(Markdown.Escape(storyTitle))}";
        return $"I can't make any {kind}{from}. Try another story or kind, or leave them out.";
    }

    private static string Clip(string name) => name.Length <= 100 ? name : name[..100];
}
