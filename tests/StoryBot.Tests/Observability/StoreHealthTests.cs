using System.Net;
using StoryBot.Data.Storage;
using StoryBot.Discord.Fake;
using StoryBot.Testing;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Observability;

/// <summary>
/// <c>/healthz</c> of a real bot host when its store goes away and comes back, on each store: unhealthy (naming the
/// store, never a connection string) while it is down, healthy again after, without a restart.
/// </summary>
public abstract class StoreHealthTests
{
    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task Healthz_StoreDown_UnhealthyThenHealthyAgain()
    {
        await using var fake = await FakeDiscordServer.StartAsync(new FakeDiscordOptions());
        await using var library = await TestLibrary.CreateAsync(provider: Provider);
        await using var bot = await BotHost.StartAsync(fake, library, importSeeds: false, settings: ObservabilityTests.Settings());
        using var http = ObservabilityTests.Client(bot);
        Assert.Equal(HttpStatusCode.OK, await ObservabilityTests.WaitForHealthAsync(http, HttpStatusCode.OK));

        await TakeDownAsync(library);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, await ObservabilityTests.WaitForHealthAsync(http, HttpStatusCode.ServiceUnavailable));
        var body = await ObservabilityTests.HealthBodyAsync(http);
        Assert.Contains("store unreachable", body, StringComparison.Ordinal);
        Assert.DoesNotContain(library.ConnectionString, body, StringComparison.Ordinal);

        await BringBackAsync(library);
        Assert.Equal(HttpStatusCode.OK, await ObservabilityTests.WaitForHealthAsync(http, HttpStatusCode.OK));
    }

    /// <summary>Makes the store unreachable for the running bot.</summary>
    protected abstract Task TakeDownAsync(TestLibrary library);

    /// <summary>Undoes <see cref="TakeDownAsync"/>.</summary>
    protected abstract Task BringBackAsync(TestLibrary library);
}
