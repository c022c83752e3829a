using StoryBot.Discord.Fake.Recording;

namespace StoryBot.Discord.Tests.Integration;

public class GatewayFaultTests
{
    public enum Fault
    {
        Drop,
        Reconnect,
        InvalidSessionResumable,
        Zombie,
        ResumableCloseCode,
    }

    [Theory]
    [InlineData(Fault.Drop)]
    [InlineData(Fault.Reconnect)]
    [InlineData(Fault.InvalidSessionResumable)]
    [InlineData(Fault.Zombie)]
    [InlineData(Fault.ResumableCloseCode)]
    public async Task Fault_ResumesOnResumeUrl_NoEventLostOrDoubled(Fault fault)
    {
        await using var h = await DiscordHarness.StartAsync(o => o.HeartbeatIntervalMs = fault == Fault.Zombie ? 300 : 1000);
        var before = await h.SlashAsync("ping");
        await h.Fake.WaitForCallbackAsync(before.Id, DiscordHarness.Timeout());
        var mark = h.Fake.LastFrameSequence;

        switch (fault)
        {
            case Fault.Drop:
                await h.Fake.DropConnectionAsync(DiscordHarness.Timeout());
                break;
            case Fault.Reconnect:
                await h.Fake.SendReconnectAsync(DiscordHarness.Timeout());
                break;
            case Fault.InvalidSessionResumable:
                await h.Fake.SendInvalidSessionAsync(resumable: true, DiscordHarness.Timeout());
                break;
            case Fault.Zombie:
                h.Fake.AckHeartbeats = false;
                var close = await h.Fake.WaitForFrameAsync(f => f.Sequence > mark && f.Direction == FrameDirection.ClosedByClient, DiscordHarness.Timeout());
                Assert.NotNull(close.CloseStatus);
                Assert.NotEqual(1000, close.CloseStatus);
                Assert.NotEqual(1001, close.CloseStatus);
                h.Fake.AckHeartbeats = true;
                break;
            case Fault.ResumableCloseCode:
                await h.Fake.CloseConnectionAsync(4000, "unknown error", DiscordHarness.Timeout());
                break;
        }

        // Events dispatched during the outage are buffered by the fake and replayed on RESUME.
        var during = new List<FakeInteraction>();
        for (var i = 0; i < 5; i++)
        {
            during.Add(await h.SlashAsync("ping"));
        }

        await h.Fake.WaitForSessionAsync(mark, DiscordHarness.Timeout());
        foreach (var interaction in during)
        {
            var callback = await h.Fake.WaitForCallbackAsync(interaction.Id, DiscordHarness.Timeout());
            Assert.Equal(204, callback.Status);
        }

        var resume = await h.Fake.WaitForFrameAsync(f => f.Sequence > mark && f.Direction == FrameDirection.Received && f.Op == 6, DiscordHarness.Timeout());
        var resumeConnection = h.Fake.Connections.Single(c => c.Id == resume.ConnectionId);
        Assert.Equal("/gateway-resume", resumeConnection.Path);
        Assert.Contains("v=10", resumeConnection.Query, StringComparison.Ordinal);
        Assert.Single(h.Fake.Frames, f => f.Direction == FrameDirection.Received && f.Op == 2);
        Assert.All(during.Append(before), i => Assert.Equal(1, h.Log.Count(i.Id)));
        h.AssertNoSecretsLogged();
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task SessionInvalid_Reidentifies(int? closeCode)
    {
        await using var h = await DiscordHarness.StartAsync();
        var mark = h.Fake.LastFrameSequence;

        if (closeCode is { } code)
        {
            await h.Fake.CloseConnectionAsync(code, "session gone", DiscordHarness.Timeout());
        }
        else
        {
            await h.Fake.SendInvalidSessionAsync(resumable: false, DiscordHarness.Timeout());
        }

        var session = await h.Fake.WaitForSessionAsync(mark, DiscordHarness.Timeout());
        Assert.Equal("READY", session.EventName);
        Assert.Equal(2, h.Fake.Frames.Count(f => f.Direction == FrameDirection.Received && f.Op == 2));
        Assert.DoesNotContain(h.Fake.Frames, f => f.Sequence > mark && f.Direction == FrameDirection.Received && f.Op == 6);
        var newConnection = h.Fake.Connections.Single(c => c.Id == session.ConnectionId);
        Assert.Equal("/gateway", newConnection.Path);

        var after = await h.SlashAsync("ping");
        Assert.Equal(4, (await h.Fake.WaitForCallbackAsync(after.Id, DiscordHarness.Timeout())).Type);
    }

    [Theory]
    [InlineData(4004, "token")]
    [InlineData(4010, "shard")]
    [InlineData(4011, "sharding")]
    [InlineData(4012, "version")]
    [InlineData(4013, "intent")]
    [InlineData(4014, "intent")]
    public async Task FatalCloseCode_StopsWithClearErrorAndNeverReconnects(int code, string mentions)
    {
        await using var h = await DiscordHarness.StartAsync();

        await h.Fake.CloseConnectionAsync(code, "fatal", DiscordHarness.Timeout());

        var error = await h.FatalSink.Fatal.Task.WaitAsync(DiscordHarness.Timeout());
        Assert.Equal(code, error.CloseCode);
        Assert.Contains(mentions, error.Message, StringComparison.OrdinalIgnoreCase);
        await h.Host.StopAsync(DiscordHarness.Timeout());
        Assert.Single(h.Fake.Connections);
        Assert.Single(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        h.AssertNoSecretsLogged();
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4004)]
    public async Task ServerClose_ReasonEchoesToken_LoggedScrubbed(int code)
    {
        // A proxy in front of the gateway may echo the token in its close reason; the log must not carry it.
        await using var h = await DiscordHarness.StartAsync();

        await h.Fake.CloseConnectionAsync(code, "auth failed " + DiscordHarness.BotToken, DiscordHarness.Timeout());
        await h.WaitUntilAsync(() => h.Logs.Lines.Any(l => l.Contains("Gateway closed by Discord", StringComparison.Ordinal)));

        var closed = Assert.Single(h.Logs.Lines, l => l.Contains("Gateway closed by Discord", StringComparison.Ordinal));
        Assert.Contains("auth failed", closed, StringComparison.Ordinal);
        h.AssertNoSecretsLogged();
    }

    [Fact]
    public async Task WrongToken_401OnGatewayBot_StopsWithClearError()
    {
        await using var h = await DiscordHarness.StartAsync(o => o.Token = "another-token", waitForReady: false);

        var error = await h.FatalSink.Fatal.Task.WaitAsync(DiscordHarness.Timeout());

        Assert.Contains("token", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(h.Fake.Connections);
        var critical = Assert.Single(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal));
        Assert.Contains("Discord:Token", critical, StringComparison.Ordinal);
        h.AssertNoSecretsLogged();
    }

    [Fact]
    public async Task WrongToken_ProcessExitCodeSetAndHostStopped()
    {
        // The production sink: exit code 1 and StopApplication. Verified on a host without the test sink.
        var sink = new Hosting.HostStoppingFatalErrorSink(new StoppingLifetime());

        sink.OnFatal(new Gateway.DiscordGatewayException(4004, "bad token"));

        Assert.Equal(1, Environment.ExitCode);
        Environment.ExitCode = 0;
    }

    private sealed class StoppingLifetime : Microsoft.Extensions.Hosting.IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
