using System.Collections.Concurrent;
using StoryBot.Discord.Gateway;
using StoryBot.Discord.Gateway.Events;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.Interactions.Commands;
using StoryBot.Discord.Messages;

namespace StoryBot.Discord.Tests.Integration;

/// <summary>What the test handlers saw (a singleton shared by the scoped handlers).</summary>
public sealed class HandlerLog
{
    public ConcurrentDictionary<ulong, int> Handled { get; } = new();

    public ConcurrentQueue<ReadyEvent> Readies { get; } = new();

    public ConcurrentQueue<IGatewayEvent> GuildEvents { get; } = new();

    public TaskCompletionSource<InteractionResponse> SlowResult { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowStarted { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Count(ulong id) => Handled.TryGetValue(id, out var n) ? n : 0;

    public void Record(InteractionContext context) => Handled.AddOrUpdate(context.Id, 1, (_, n) => n + 1);
}

/// <summary>/ping → a message; autocomplete → choices.</summary>
public sealed class PingHandler(HandlerLog log) : IInteractionHandler
{
    public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        log.Record(context);
        if (context.Type == InteractionType.ApplicationCommandAutocomplete && context.FocusedOption?.RawValue == "nasty")
        {
            return Task.FromResult(InteractionResponse.Autocomplete(NastyChoices()));
        }

        if (context.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            return Task.FromResult(InteractionResponse.Autocomplete(
                Enumerable.Range(0, 30).Select(i => new AutocompleteChoice($"{context.FocusedOption?.RawValue} {i}", $"v{i}"))));
        }

        return Task.FromResult(InteractionResponse.Reply($"pong @everyone <@&{42}> {context.Id}"));
    }

    /// <summary>Choices a handler may well produce from user data: empty and blank names, names and values over 100 (emoji at the cut), 36 of them.</summary>
    public static IEnumerable<AutocompleteChoice> NastyChoices()
    {
        yield return new AutocompleteChoice("", "empty-name");
        yield return new AutocompleteChoice("   ", "blank-name");
        yield return new AutocompleteChoice("", "");
        yield return new AutocompleteChoice(string.Concat(Enumerable.Repeat("a🙂", 60)), "long-name");
        yield return new AutocompleteChoice("long value", new string('v', 98) + "🙂");
        yield return new AutocompleteChoice("too long value", new string('w', 101));
        for (var i = 0; i < 30; i++)
        {
            yield return new AutocompleteChoice($"story {i}", $"s{i}");
        }
    }
}

/// <summary>/slow waits for the test to release it (auto-defer).</summary>
public sealed class SlowHandler(HandlerLog log) : IInteractionHandler
{
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        log.Record(context);
        log.SlowStarted.TrySetResult();
        return await log.SlowResult.Task.WaitAsync(cancellationToken);
    }
}

/// <summary>/big answers with a message far over every limit.</summary>
public sealed class BigHandler(HandlerLog log) : IInteractionHandler
{
    private static string Words(int n) => string.Join(' ', Enumerable.Repeat("lorem", n));

    public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        log.Record(context);
        var builder = new MessageBuilder().WithContent(Words(1000));
        for (var e = 0; e < 3; e++)
        {
            builder.AddEmbed(x =>
            {
                x.WithTitle(Words(100)).WithDescription(Words(1500)).WithFooter(Words(600));
                for (var f = 0; f < 30; f++)
                {
                    x.AddField(Words(60), Words(300));
                }
            });
        }

        for (var b = 0; b < 30; b++)
        {
            builder.AddButton(ButtonProperties.Create($"vote:{b}", Words(40)));
        }

        return Task.FromResult(InteractionResponse.Reply(builder.Build()));
    }
}

/// <summary>/boom throws.</summary>
public sealed class BoomHandler(HandlerLog log) : IInteractionHandler
{
    public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        log.Record(context);
        throw new InvalidOperationException("handler exploded for " + context.Token.Length);
    }
}

/// <summary>Buttons "vote:*" update the message; "slowvote:*" wait for the test.</summary>
public sealed class VoteHandler(HandlerLog log) : IInteractionHandler
{
    public async Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        log.Record(context);
        if (context.CustomId!.StartsWith("slow", StringComparison.Ordinal))
        {
            log.SlowStarted.TrySetResult();
            return await log.SlowResult.Task.WaitAsync(cancellationToken);
        }

        return InteractionResponse.Update(new MessageBuilder().WithContent($"{context.User.DisplayName} voted {context.CustomId}")
            .AddButton(ButtonProperties.Create(context.CustomId, "Voted", ButtonStyle.Success, disabled: true)).Build());
    }
}

public sealed class ReadyRecorder(HandlerLog log) : IGatewayEventHandler<ReadyEvent>
{
    public ValueTask HandleAsync(ReadyEvent gatewayEvent, CancellationToken cancellationToken)
    {
        log.Readies.Enqueue(gatewayEvent);
        return ValueTask.CompletedTask;
    }
}

public sealed class GuildEventRecorder(HandlerLog log) : IGatewayEventHandler<GuildCreateEvent>, IGatewayEventHandler<GuildDeleteEvent>
{
    public ValueTask HandleAsync(GuildCreateEvent gatewayEvent, CancellationToken cancellationToken)
    {
        log.GuildEvents.Enqueue(gatewayEvent);
        return ValueTask.CompletedTask;
    }

    public ValueTask HandleAsync(GuildDeleteEvent gatewayEvent, CancellationToken cancellationToken)
    {
        log.GuildEvents.Enqueue(gatewayEvent);
        return ValueTask.CompletedTask;
    }
}

public sealed class TestCommands : IApplicationCommandSource
{
    public IEnumerable<ApplicationCommandDefinition> GetCommands() =>
    [
        new("ping", "Replies pong") { Options = [new CommandOption(CommandOptionType.String, "query", "Something to look up") { Autocomplete = true }] },
        new("slow", "Takes its time"),
        new("big", "Too much text"),
        new("boom", "Fails"),
        new("trivia", "Play trivia")
        {
            Options =
            [
                new CommandOption(CommandOptionType.Subcommand, "start", "Start a round")
                {
                    Options = [new CommandOption(CommandOptionType.Integer, "rounds", "How many") { MinValue = 1, MaxValue = 10 }],
                },
            ],
            DefaultMemberPermissions = Permissions.ManageGuild,
        },
    ];
}
