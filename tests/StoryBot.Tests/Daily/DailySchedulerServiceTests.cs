using StoryBot.Data.Storage;
using Microsoft.Extensions.Hosting;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

/// <summary>The real BackgroundService, driven by the fake clock: it sleeps on a timer until the due time, never polls.</summary>
public abstract class DailySchedulerServiceTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const ulong Guild = 1001;
    private const ulong Channel = 2001;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string?> LongSleep = new() { ["Daily:MaxSleep"] = "1.00:00:00" };

    [StoreFact]
    public async Task Service_Running_SleepsUntilDueTimePostsAndRearmsForTomorrow()
    {
        await using var h = await DailyHarness.CreateAsync(Start, LongSleep, provider: Provider);
        await h.AddStoryAsync("first", "First Story");
        h.Discord.AddChannel(Channel, Guild);
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");
        await h.Host.StartAsync();

        await h.Clock.WaitForTimerDueAsync(At(2026, 11, 23, 8, 0));
        Assert.Empty(h.Discord.Messages);

        h.Clock.AdvanceTo(At(2026, 11, 23, 8, 0));
        await h.Discord.WaitForMessagesAsync(1);
        await h.Clock.WaitForTimerDueAsync(At(2026, 11, 24, 8, 0));

        h.Clock.AdvanceTo(At(2026, 11, 24, 8, 0));
        await h.Discord.WaitForMessagesAsync(2);
        await h.Clock.WaitForTimerDueAsync(At(2026, 11, 25, 8, 0));
        await h.Host.StopAsync();

        Assert.Equal([At(2026, 11, 23, 8, 0), At(2026, 11, 24, 8, 0)], h.Discord.Messages.Select(m => m.At));
    }

    [StoreFact]
    public async Task Service_ScheduleChangedWhileSleeping_WakesAndRearmsForTheNewTime()
    {
        await using var h = await DailyHarness.CreateAsync(Start, LongSleep, provider: Provider);
        await h.AddStoryAsync("first", "First Story");
        h.Discord.AddChannel(Channel, Guild);
        await h.Host.StartAsync();

        // No schedule yet: the only timer is the long safety sleep.
        await h.Clock.WaitForTimerDueAsync(Start.AddDays(1));

        await h.SetAsync(Guild, Channel, "07:30", "Europe/Berlin");
        await h.Clock.WaitForTimerDueAsync(At(2026, 11, 23, 6, 30));

        h.Clock.AdvanceTo(At(2026, 11, 23, 6, 30));
        await h.Discord.WaitForMessagesAsync(1);
        await h.Host.StopAsync();

        Assert.Equal(At(2026, 11, 23, 6, 30), Assert.Single(h.Discord.Messages).At);
    }

    [StoreFact]
    public async Task Service_Disabled_PostsNothing()
    {
        await using var h = await DailyHarness.CreateAsync(Start, new Dictionary<string, string?> { ["Daily:Enabled"] = "false" }, provider: Provider);
        await h.AddStoryAsync("first", "First Story");
        h.Discord.AddChannel(Channel, Guild);
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");

        await h.Host.StartAsync();
        h.Clock.AdvanceTo(At(2026, 11, 24, 0, 0));
        await h.Host.StopAsync();

        Assert.Empty(h.Discord.Messages);
        Assert.Empty(h.Clock.PendingTimers());
    }

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
