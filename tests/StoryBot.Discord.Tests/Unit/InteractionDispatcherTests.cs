using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.Interactions;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Tests.Support;

namespace StoryBot.Discord.Tests.Unit;

public class InteractionDispatcherTests
{
    private static InteractionJson Command(ulong id, string name = "slow", int type = 2) => new()
    {
        Id = id,
        ApplicationId = 1,
        Type = type,
        Token = "tok" + id,
        User = new UserJson { Id = 9, Username = "u" },
        Data = new InteractionDataJson { Name = name, CustomId = type == 3 ? name : null },
    };

    private static (InteractionDispatcher Dispatcher, RecordingRestClient RestClient, TestClock Time, GateHandler Gate) Create()
    {
        var time = new TestClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var rest = new RecordingRestClient();
        var gate = new GateHandler();
        var services = new ServiceCollection();
        services.AddSingleton(gate);
        services.AddScoped<GateHandlerScoped>();
        services.AddScoped<ScopeProbe>();
        var provider = services.BuildServiceProvider();
        var router = new InteractionRouter([
            new InteractionRoute(InteractionRouteKind.Command, "slow", typeof(GateHandlerScoped)),
            new InteractionRoute(InteractionRouteKind.Component, "btn", typeof(GateHandlerScoped)),
        ]);
        var dispatcher = new InteractionDispatcher(
            provider.GetRequiredService<IServiceScopeFactory>(),
            router,
            rest,
            time,
            Options.Create(new DiscordOptions { Token = "t", AutoDeferDelay = TimeSpan.FromMilliseconds(2500) }),
            TestMetrics.Create(),
            NullLogger<InteractionDispatcher>.Instance);
        return (dispatcher, rest, time, gate);
    }

    [Fact]
    public async Task Process_FastHandler_RepliesDirectly()
    {
        var (dispatcher, rest, _, gate) = Create();
        gate.Result.SetResult(InteractionResponse.Reply("done"));

        await dispatcher.ProcessAsync(Command(1), CancellationToken.None);

        Assert.Equal(["callback:Message"], rest.Calls);
    }

    [Fact]
    public async Task Process_SlowCommand_DefersThenEditsOriginal()
    {
        var (dispatcher, rest, time, gate) = Create();

        var processing = dispatcher.ProcessAsync(Command(1), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromMilliseconds(2500));
        await WaitUntilAsync(() => rest.Calls.Contains("defer:5"));
        gate.Result.SetResult(InteractionResponse.Reply("late"));
        await processing;

        Assert.Equal(["defer:5", "edit-original"], rest.Calls);
    }

    [Fact]
    public async Task Process_HandlerOutlivesTheFifteenMinuteToken_NoEditAttempted()
    {
        // receiving-and-responding.mdx: "Interaction tokens are valid for 15 minutes". An edit after that is a 401
        // (50027 Invalid Webhook Token) that counts against the invalid-request limit and can never succeed.
        var (dispatcher, rest, time, gate) = Create();

        var processing = dispatcher.ProcessAsync(Command(1), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromMilliseconds(2500));
        await WaitUntilAsync(() => rest.Calls.Contains("defer:5"));
        time.Advance(TimeSpan.FromMinutes(15));
        gate.Result.SetResult(InteractionResponse.Reply("far too late"));
        await processing;

        Assert.Equal(["defer:5"], rest.Calls);
    }

    [Fact]
    public async Task Process_WaitedInQueue_DefersWithinDiscordsWindowCountedFromArrival()
    {
        var (dispatcher, rest, time, gate) = Create();
        long receivedAt = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(2000));

        var processing = dispatcher.ProcessAsync(Command(1), receivedAt, CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromMilliseconds(500));
        await WaitUntilAsync(() => rest.Calls.Contains("defer:5"));
        gate.Result.SetResult(InteractionResponse.Reply("late"));
        await processing;

        Assert.Equal(["defer:5", "edit-original"], rest.Calls);
    }

    [Fact]
    public async Task Process_WaitedPastTheDeferDelay_DefersAtOnce()
    {
        var (dispatcher, rest, time, gate) = Create();
        long receivedAt = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(2600));

        var processing = dispatcher.ProcessAsync(Command(1), receivedAt, CancellationToken.None);
        await WaitUntilAsync(() => rest.Calls.Contains("defer:5"));
        gate.Result.SetResult(InteractionResponse.Reply("late"));
        await processing;

        Assert.Equal(["defer:5", "edit-original"], rest.Calls);
    }

    [Fact]
    public async Task Process_SlowButton_DefersUpdateThenEdits()
    {
        var (dispatcher, rest, time, gate) = Create();

        var processing = dispatcher.ProcessAsync(Command(2, "btn:x", type: 3), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(3));
        await WaitUntilAsync(() => rest.Calls.Contains("defer:6"));
        gate.Result.SetResult(InteractionResponse.Update(new Messages.MessageBuilder().WithContent("x").Build()));
        await processing;

        Assert.Equal(["defer:6", "edit-original"], rest.Calls);
    }

    [Fact]
    public async Task Process_HandlerThrows_EphemeralError()
    {
        var (dispatcher, rest, _, gate) = Create();
        gate.Result.SetException(new InvalidOperationException("boom"));

        await dispatcher.ProcessAsync(Command(3), CancellationToken.None);

        Assert.Equal(["callback:Message"], rest.Calls);
        Assert.True(Assert.Single(rest.Messages).Ephemeral);
    }

    [Fact]
    public async Task Process_SlowHandlerThrows_DeletesThinkingAndSendsEphemeralFollowup()
    {
        var (dispatcher, rest, time, gate) = Create();

        var processing = dispatcher.ProcessAsync(Command(4), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromSeconds(3));
        await WaitUntilAsync(() => rest.Calls.Contains("defer:5"));
        gate.Result.SetException(new InvalidOperationException("late boom"));
        await processing;

        Assert.Equal(["defer:5", "delete-original", "followup:ephemeral"], rest.Calls);
    }

    [Fact]
    public async Task Process_UnknownCommand_EphemeralNotice()
    {
        var (dispatcher, rest, _, _) = Create();

        await dispatcher.ProcessAsync(Command(5, "nope"), CancellationToken.None);

        Assert.True(Assert.Single(rest.Messages).Ephemeral);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(42)]
    public async Task Process_UnknownOrPingType_NotAnswered(int type)
    {
        // receiving-and-responding.mdx#interaction-type lists PING (1, "HTTP interactions only") to MODAL_SUBMIT (5).
        // A type we do not know has no response type we know to be valid: a type 4 would only earn a 400.
        var (dispatcher, rest, _, _) = Create();

        await dispatcher.ProcessAsync(Command(6, "slow", type), CancellationToken.None);

        Assert.Empty(rest.Calls);
    }

    [Fact]
    public async Task Process_DeferRejected_HandlerKeepsItsScopeAndIsAwaited()
    {
        // opcodes-and-status-codes.mdx "10062 | Unknown interaction": the defer came too late (a paused process, a slow
        // network). The handler still runs; its DI scope must outlive it and nothing may be left running unobserved.
        var (dispatcher, rest, time, gate) = Create();
        rest.DeferFailure = new Rest.DiscordRestException(System.Net.HttpStatusCode.NotFound, 10062, "Unknown interaction", "POST /interactions/1/:token/callback");

        var processing = dispatcher.ProcessAsync(Command(1), CancellationToken.None);
        await time.WaitForTimersAsync();
        time.Advance(TimeSpan.FromMilliseconds(2500));
        await WaitUntilAsync(() => rest.Calls.Contains("defer:5"));
        await Task.Delay(50);

        Assert.False(processing.IsCompleted);
        Assert.False(gate.Probe!.Disposed);
        gate.Result.SetResult(InteractionResponse.Reply("late"));
        await processing;
        Assert.True(gate.Probe.Disposed);
        Assert.Equal(["defer:5"], rest.Calls);
    }

    [Fact]
    public async Task Enqueue_SameIdTwice_HandledOnce()
    {
        var (dispatcher, rest, _, gate) = Create();
        gate.Result.SetResult(InteractionResponse.Reply("ok"));
        var run = dispatcher.RunAsync(CancellationToken.None);

        await dispatcher.EnqueueAsync(Command(6), CancellationToken.None);
        await dispatcher.EnqueueAsync(Command(6), CancellationToken.None);
        dispatcher.Complete();
        await run;

        Assert.Single(rest.Calls);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    internal sealed class GateHandler
    {
        public TaskCompletionSource<InteractionResponse> Result { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ScopeProbe? Probe { get; set; }
    }

    /// <summary>A scoped service (a DbContext, say) the handler uses: disposed with the interaction's scope.</summary>
    internal sealed class ScopeProbe : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;
    }

    internal sealed class GateHandlerScoped(GateHandler gate, ScopeProbe probe) : IInteractionHandler
    {
        public Task<InteractionResponse> HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        {
            gate.Probe = probe;
            return gate.Result.Task;
        }
    }
}
