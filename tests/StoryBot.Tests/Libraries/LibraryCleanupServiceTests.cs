using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryBot.Data.Libraries;
using StoryBot.Data.Storage;
using StoryBot.Libraries;
using StoryBot.Tests.Libraries.Support;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Libraries;

/// <summary>
/// <see cref="LibraryCleanupService"/> on the fake clock: a server's library survives GUILD_DELETE for the grace period
/// (a re-join calls the deletion off) and is deleted by the service's next pass after it. Written once, run on both stores.
/// </summary>
public abstract class LibraryCleanupServiceTests
{
    private const ulong Guild = 7001;

    protected abstract DatabaseProvider Provider { get; }

    [StoreFact]
    public async Task Cleanup_AfterGuildDelete_KeptWithinGraceCancelledByRejoinDeletedAfterGrace()
    {
        await using var library = await TestLibrary.CreateAsync(provider: Provider);
        await using (var db = library.OpenContext())
        {
            await GuildStories.AddMoonGardenAsync(db, Guild);
        }

        var clock = new TestClock();
        var limits = new LibraryLimits { RemovedServerGrace = TimeSpan.FromDays(2), CleanupInterval = TimeSpan.FromHours(6) };
        var libraries = new GuildLibraryService(new StoryContextFactory(new StoreConnection(Provider, library.ConnectionString)), clock, Options.Create(limits));
        using var service = new LibraryCleanupService(libraries, Options.Create(limits), clock, NullLogger<LibraryCleanupService>.Instance);
        await libraries.MarkRemovedAsync(Guild, CancellationToken.None);
        await service.StartAsync(CancellationToken.None);

        // Passes every 6 hours for 1.5 days: within the grace period, nothing goes.
        await PassesAsync(clock, 6);
        Assert.True(await HasStoryAsync(library));

        // Invited back: the pending deletion is called off, even well past the grace period.
        await libraries.MarkPresentAsync(Guild, CancellationToken.None);
        await PassesAsync(clock, 12);
        Assert.True(await HasStoryAsync(library));

        // Removed again: kept for two days, then the next pass deletes it.
        await libraries.MarkRemovedAsync(Guild, CancellationToken.None);
        await PassesAsync(clock, 7);
        Assert.True(await HasStoryAsync(library));
        await PassesAsync(clock, 2);
        Assert.False(await HasStoryAsync(library));
        await service.StopAsync(CancellationToken.None);
    }

    /// <summary>Moves the clock one interval at a time, each time waiting until the service has finished its pass and armed its next wait.</summary>
    private static async Task PassesAsync(TestClock clock, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await clock.WaitForTimersAsync();
            DateTimeOffset due = clock.PendingTimers()[0];
            clock.AdvanceTo(due);
            await clock.WaitForTimerAsync(next => next > due);
        }
    }

    private static async Task<bool> HasStoryAsync(TestLibrary library)
    {
        await using var db = library.OpenContext();
        return await db.Stories.IgnoreQueryFilters().AnyAsync(s => s.GuildId == Guild);
    }
}
