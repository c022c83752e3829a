using StoryBot.Data.Storage;
using StoryBot.Commands;
using StoryBot.Corpus.Model;
using StoryBot.Daily.Persistence;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

public abstract class DailyPosterTests
{
    protected abstract DatabaseProvider Provider { get; }

    private const ulong Berlin = 1001;
    private const ulong BerlinChannel = 2001;
    private const ulong NewYork = 1002;
    private const ulong NewYorkChannel = 2002;

    /// <summary>Monday 23 November 2026, 06:00 UTC (07:00 in Berlin, 01:00 in New York).</summary>
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [StoreFact]
    public async Task RunAsync_AtDueTime_PostsOnceAndRecordsSent()
    {
        await using var h = await BerlinAt0900Async();

        var wake = await h.RunGuildAsync(Berlin);
        Assert.Equal(Utc(2026, 11, 23, 8, 0), wake?.ToDateTimeOffset());
        Assert.Empty(h.Discord.Messages);

        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        wake = await h.RunGuildAsync(Berlin);
        await h.RunGuildAsync(Berlin);

        var message = Assert.Single(h.Discord.Messages);
        Assert.Equal(BerlinChannel, message.ChannelId);
        var post = Assert.Single(await h.PostsAsync(Berlin));
        Assert.Equal(DailyPostState.Sent, post.State);
        Assert.Equal("2026-11-23", post.LocalDate);
        Assert.Equal(message.MessageId, post.MessageId);
        Assert.Equal(message.Message.Nonce, post.Nonce);
        Assert.Equal(Utc(2026, 11, 24, 8, 0), wake?.ToDateTimeOffset());
    }

    [StoreFact]
    public async Task RunUntil_FiveDays_PostsOncePerDayEveryChapterBeforeRepeats()
    {
        await using var h = await BerlinAt0900Async(chapters: 3);
        await h.AddStoryAsync("second", "Second Story", chapters: 1);

        await h.RunUntilAsync(Utc(2026, 11, 27, 23, 0));

        var posts = await h.PostsAsync(Berlin);
        Assert.Equal(["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"], posts.Select(p => p.LocalDate));
        Assert.Equal(5, h.Discord.Messages.Count);
        Assert.All(h.Discord.Messages, m => Assert.Equal(new TimeSpan(8, 0, 0), m.At.TimeOfDay));
        Assert.Equal(4, posts.Take(4).Select(p => p.ChapterKey).Distinct().Count());
        Assert.Equal(1, posts[4].Cycle);
    }

    [StoreFact]
    public async Task RunUntil_BerlinSpringForward_KeepsWallClockAndPostsAtEndOfGap()
    {
        await using var h = await DailyHarness.CreateAsync(Utc(2026, 3, 27, 12, 0), provider: Provider);
        await h.AddStoryAsync("first", "First Story", chapters: 5);
        h.Discord.AddChannel(BerlinChannel, Berlin);
        await h.SetAsync(Berlin, BerlinChannel, "02:30", "Europe/Berlin");

        await h.RunUntilAsync(Utc(2026, 3, 30, 12, 0));

        Assert.Equal(
            [Utc(2026, 3, 28, 1, 30), Utc(2026, 3, 29, 1, 0), Utc(2026, 3, 30, 0, 30)],
            h.Discord.Messages.Select(m => m.At));
    }

    [StoreFact]
    public async Task RunUntil_BerlinFallBack_PostsOnceAtEarlierOccurrence()
    {
        await using var h = await DailyHarness.CreateAsync(Utc(2026, 10, 23, 12, 0), provider: Provider);
        await h.AddStoryAsync("first", "First Story", chapters: 5);
        h.Discord.AddChannel(BerlinChannel, Berlin);
        await h.SetAsync(Berlin, BerlinChannel, "02:30", "Europe/Berlin");

        await h.RunUntilAsync(Utc(2026, 10, 26, 12, 0));

        Assert.Equal(
            [Utc(2026, 10, 24, 0, 30), Utc(2026, 10, 25, 0, 30), Utc(2026, 10, 26, 1, 30)],
            h.Discord.Messages.Select(m => m.At));
    }

    [StoreFact]
    public async Task RunUntil_NewYorkSpringForwardAndFallBack_PostsOncePerLocalDay()
    {
        await using var h = await DailyHarness.CreateAsync(Utc(2026, 3, 6, 12, 0), provider: Provider);
        await h.AddStoryAsync("first", "First Story", chapters: 5);
        h.Discord.AddChannel(NewYorkChannel, NewYork);
        await h.SetAsync(NewYork, NewYorkChannel, "02:30", "America/New_York");

        await h.RunUntilAsync(Utc(2026, 3, 9, 12, 0));

        // 02:30 EST = 07:30Z; on 8 March 02:30 does not exist, 03:00 EDT = 07:00Z; then 02:30 EDT = 06:30Z.
        Assert.Equal(
            [Utc(2026, 3, 7, 7, 30), Utc(2026, 3, 8, 7, 0), Utc(2026, 3, 9, 6, 30)],
            h.Discord.Messages.Select(m => m.At));

        h.Clock.AdvanceTo(Utc(2026, 10, 30, 12, 0));
        await h.SetAsync(NewYork, NewYorkChannel, "01:30", "America/New_York");
        await h.RunUntilAsync(Utc(2026, 11, 2, 12, 0));

        // 01:30 happens twice on 1 November (05:30Z EDT, 06:30Z EST): the first one posts, the second does not.
        Assert.Equal(
            [Utc(2026, 10, 31, 5, 30), Utc(2026, 11, 1, 5, 30), Utc(2026, 11, 2, 6, 30)],
            h.Discord.Messages.Skip(3).Select(m => m.At));
    }

    [StoreFact]
    public async Task RunUntil_TwoServersInDifferentZones_EachPostsAtItsLocalTime()
    {
        await using var h = await BerlinAt0900Async();
        h.Discord.AddChannel(NewYorkChannel, NewYork);
        await h.SetAsync(NewYork, NewYorkChannel, "09:00", "America/New_York");

        await h.RunUntilAsync(Utc(2026, 11, 24, 6, 0));

        Assert.Equal(Utc(2026, 11, 23, 8, 0), Assert.Single(h.Discord.MessagesIn(BerlinChannel)).At);
        Assert.Equal(Utc(2026, 11, 23, 14, 0), Assert.Single(h.Discord.MessagesIn(NewYorkChannel)).At);
    }

    [StoreFact]
    public async Task RunAsync_SetAfterTodaysTime_StartsTomorrowInsteadOfPostingAtOnce()
    {
        await using var h = await DailyHarness.CreateAsync(Utc(2026, 11, 23, 10, 0), provider: Provider);
        await h.AddStoryAsync("first", "First Story");
        h.Discord.AddChannel(BerlinChannel, Berlin);
        await h.SetAsync(Berlin, BerlinChannel, "09:00", "Europe/Berlin");

        var wake = await h.RunGuildAsync(Berlin);

        Assert.Empty(h.Discord.Messages);
        Assert.Equal(Utc(2026, 11, 24, 8, 0), wake?.ToDateTimeOffset());
    }

    [StoreFact]
    public async Task RunAsync_BotDownAtDueTimeBackSameDay_PostsOnceOnReturn()
    {
        await using var h = await BerlinAt0900Async();
        await h.RunGuildAsync(Berlin);

        await h.RestartAsync();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 21, 0));
        await h.RunGuildAsync(Berlin);
        await h.RunGuildAsync(Berlin);

        Assert.Equal(Utc(2026, 11, 23, 21, 0), Assert.Single(h.Discord.Messages).At);
    }

    [StoreFact]
    public async Task RunAsync_BotDownForWholeDays_DoesNotBackFill()
    {
        await using var h = await BerlinAt0900Async();
        await h.RunUntilAsync(Utc(2026, 11, 23, 12, 0));

        await h.RestartAsync();
        h.Clock.AdvanceTo(Utc(2026, 11, 26, 10, 0));
        await h.RunUntilAsync(Utc(2026, 11, 26, 12, 0));

        Assert.Equal(["2026-11-23", "2026-11-26"], (await h.PostsAsync(Berlin)).Select(p => p.LocalDate));
        Assert.Equal(2, h.Discord.Messages.Count);
    }

    [StoreFact]
    public async Task RunAsync_CrashBeforeSend_RestartPostsExactlyOnce()
    {
        await using var h = await BerlinAt0900Async();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        h.Discord.CrashSwitch = new CancellationTokenSource();
        h.Discord.FailNextSend(SendFault.CrashBeforeDelivery);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.RunGuildAsync(Berlin, h.Discord.CrashSwitch.Token));
        Assert.Equal(DailyPostState.Pending, Assert.Single(await h.PostsAsync(Berlin)).State);
        Assert.Empty(h.Discord.Messages);

        await h.RestartAsync();
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await h.RunUntilAsync(Utc(2026, 11, 23, 12, 0));

        Assert.Single(h.Discord.Messages);
        Assert.Equal(DailyPostState.Sent, Assert.Single(await h.PostsAsync(Berlin)).State);
    }

    [StoreFact]
    public async Task RunAsync_CrashAfterSendBeforeRecording_RestartDoesNotDoublePost()
    {
        await using var h = await BerlinAt0900Async();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        h.Discord.CrashSwitch = new CancellationTokenSource();
        h.Discord.FailNextSend(SendFault.CrashAfterDelivery);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.RunGuildAsync(Berlin, h.Discord.CrashSwitch.Token));
        var first = Assert.Single(h.Discord.Messages);
        Assert.Equal(DailyPostState.Pending, Assert.Single(await h.PostsAsync(Berlin)).State);

        await h.RestartAsync();
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        await h.RunUntilAsync(Utc(2026, 11, 23, 12, 0));

        Assert.Equal(first, Assert.Single(h.Discord.Messages));
        Assert.Equal(2, h.Discord.SendAttempts);
        var post = Assert.Single(await h.PostsAsync(Berlin));
        Assert.Equal(DailyPostState.Sent, post.State);
        Assert.Equal(first.MessageId, post.MessageId);
    }

    [StoreFact]
    public async Task RunAsync_CrashAfterSendThenDownForHours_AbandonsInsteadOfResending()
    {
        await using var h = await BerlinAt0900Async();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        h.Discord.CrashSwitch = new CancellationTokenSource();
        h.Discord.FailNextSend(SendFault.CrashAfterDelivery);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.RunGuildAsync(Berlin, h.Discord.CrashSwitch.Token));

        await h.RestartAsync();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 11, 0));
        await h.RunUntilAsync(Utc(2026, 11, 24, 12, 0));

        var posts = await h.PostsAsync(Berlin);
        Assert.Equal(DailyPostState.Abandoned, posts[0].State);
        Assert.Equal(DailyPostState.Sent, posts[1].State);
        Assert.Equal(2, h.Discord.Messages.Count);
        Assert.Single(h.Discord.Messages, m => m.At.Day == 23);
    }

    [StoreFact]
    public async Task RunAsync_CrashOnPreviousDayThenDownPastMidnight_AbandonsOldClaimAndPostsToday()
    {
        await using var h = await BerlinAt0900Async();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        h.Discord.CrashSwitch = new CancellationTokenSource();
        h.Discord.FailNextSend(SendFault.CrashBeforeDelivery);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.RunGuildAsync(Berlin, h.Discord.CrashSwitch.Token));

        await h.RestartAsync();
        h.Clock.AdvanceTo(Utc(2026, 11, 24, 7, 0));
        await h.RunUntilAsync(Utc(2026, 11, 24, 12, 0));

        var posts = await h.PostsAsync(Berlin);
        Assert.Equal([DailyPostState.Abandoned, DailyPostState.Sent], posts.Select(p => p.State));
        Assert.Equal(Utc(2026, 11, 24, 8, 0), Assert.Single(h.Discord.Messages).At);
    }

    [StoreTheory]
    [InlineData(SendFault.LostBeforeDelivery)]
    [InlineData(SendFault.LostAfterDelivery)]
    public async Task RunAsync_TransientSendFailure_RetriesWithSameNonceAndPostsOnce(SendFault fault)
    {
        await using var h = await BerlinAt0900Async();
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        h.Discord.FailNextSend(fault);

        var retry = await h.RunGuildAsync(Berlin);
        Assert.Equal(Utc(2026, 11, 23, 8, 0, 20), retry?.ToDateTimeOffset());
        await h.RunUntilAsync(Utc(2026, 11, 23, 12, 0));

        Assert.Single(h.Discord.Messages);
        var post = Assert.Single(await h.PostsAsync(Berlin));
        Assert.Equal(DailyPostState.Sent, post.State);
        Assert.Equal(2, post.Attempts);
    }

    [StoreFact]
    public async Task RunAsync_SendKeepsFailing_GivesUpAfterNonceWindowWithoutHotLoop()
    {
        await using var h = await BerlinAt0900Async();
        for (var i = 0; i < 20; i++)
        {
            h.Discord.FailNextSend(SendFault.LostBeforeDelivery);
        }

        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));
        var passes = await h.RunUntilAsync(Utc(2026, 11, 23, 12, 0));

        var post = Assert.Single(await h.PostsAsync(Berlin));
        Assert.Equal(DailyPostState.Abandoned, post.State);
        Assert.Equal(7, post.Attempts); // 0 s, 20 s, … 120 s: all inside the 2-minute nonce window
        Assert.InRange(passes, 7, 9);
        Assert.Empty(h.Discord.Messages);
    }

    [StoreFact]
    public async Task RunAsync_ChannelDeleted_PausesWithReasonWhileOtherServersKeepPosting()
    {
        await using var h = await BerlinAt0900Async();
        h.Discord.AddChannel(NewYorkChannel, NewYork);
        await h.SetAsync(NewYork, NewYorkChannel, "09:00", "America/New_York");
        h.Discord.Channel(BerlinChannel).Exists = false;

        await h.RunUntilAsync(Utc(2026, 11, 25, 0, 0));

        var schedule = await h.ScheduleAsync(Berlin);
        Assert.Contains("was deleted", schedule?.PausedReason, StringComparison.Ordinal);
        Assert.Empty(h.Discord.MessagesIn(BerlinChannel));
        Assert.Equal(2, h.Discord.MessagesIn(NewYorkChannel).Count);
        var status = await h.CommandAsync(Berlin, "status");
        Assert.Contains("Paused", status.Message?.Content, StringComparison.Ordinal);
        Assert.Contains("was deleted", status.Message?.Content, StringComparison.Ordinal);
    }

    [StoreFact]
    public async Task RunAsync_PermissionLostAtSend_PausesAndResumesAfterSetTheSameDay()
    {
        await using var h = await BerlinAt0900Async();
        h.Discord.Channel(BerlinChannel).SendFailsWith = ChannelProblem.MissingPermission;
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));

        var wake = await h.RunGuildAsync(Berlin);

        Assert.Null(wake);
        Assert.Contains("lost permission", (await h.ScheduleAsync(Berlin))?.PausedReason, StringComparison.Ordinal);
        Assert.Equal(DailyPostState.Failed, Assert.Single(await h.PostsAsync(Berlin)).State);
        Assert.Null(await h.RunPassAsync());

        // The admin fixes the permission and sets a later time today: today's post still happens, once.
        h.Discord.Channel(BerlinChannel).SendFailsWith = null;
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 9, 0));
        await h.SetAsync(Berlin, BerlinChannel, "11:00", "Europe/Berlin");
        await h.RunUntilAsync(Utc(2026, 11, 23, 20, 0));

        Assert.Equal(Utc(2026, 11, 23, 10, 0), Assert.Single(h.Discord.Messages).At);
        Assert.Equal(DailyPostState.Sent, Assert.Single(await h.PostsAsync(Berlin)).State);
    }

    [StoreFact]
    public async Task RunAsync_ChannelNotWritable_PausesBeforeClaiming()
    {
        await using var h = await BerlinAt0900Async();
        h.Discord.Channel(BerlinChannel).CanSend = false;

        await h.RunUntilAsync(Utc(2026, 11, 23, 12, 0));

        Assert.Empty(await h.PostsAsync(Berlin));
        Assert.NotNull((await h.ScheduleAsync(Berlin))?.PausedReason);
    }

    [StoreFact]
    public async Task RunUntil_SfwChannel_SkipsMatureChaptersButNsfwChannelGetsThem()
    {
        await using var h = await DailyHarness.CreateAsync(Start, provider: Provider);
        await h.AddStoryAsync("gentle", "Gentle Story", Rating.General, chapters: 2);
        await h.AddStoryAsync("dark", "Dark Story", Rating.Explicit, chapters: 2);
        h.Discord.AddChannel(BerlinChannel, Berlin);
        h.Discord.AddChannel(NewYorkChannel, NewYork, nsfw: true);
        await h.SetAsync(Berlin, BerlinChannel, "09:00", "Europe/Berlin");
        await h.SetAsync(NewYork, NewYorkChannel, "09:00", "Europe/Berlin");

        await h.RunUntilAsync(Utc(2026, 11, 27, 12, 0));

        Assert.All(await h.PostsAsync(Berlin), p => Assert.StartsWith("gentle/", p.ChapterKey, StringComparison.Ordinal));
        Assert.Equal(2, (await h.PostsAsync(NewYork)).Take(4).Count(p => p.ChapterKey.StartsWith("dark/", StringComparison.Ordinal)));
    }

    [StoreFact]
    public async Task RunAsync_NewChapterImported_JoinsTheRotationBeforeRepeats()
    {
        await using var h = await BerlinAt0900Async(chapters: 2);
        await h.RunUntilAsync(Utc(2026, 11, 24, 12, 0));
        await h.AddStoryAsync("late", "Late Story", chapters: 1);

        await h.RunUntilAsync(Utc(2026, 11, 25, 12, 0));

        var posts = await h.PostsAsync(Berlin);
        Assert.Equal("late/1", posts[2].ChapterKey);
        Assert.All(posts, p => Assert.Equal(0, p.Cycle));
    }

    [StoreFact]
    public async Task RunAsync_EmptyLibrary_PostsNothingAndWaitsForTomorrow()
    {
        await using var h = await DailyHarness.CreateAsync(Start, provider: Provider);
        h.Discord.AddChannel(BerlinChannel, Berlin);
        await h.SetAsync(Berlin, BerlinChannel, "09:00", "Europe/Berlin");
        h.Clock.AdvanceTo(Utc(2026, 11, 23, 8, 0));

        var wake = await h.RunGuildAsync(Berlin);

        Assert.Empty(h.Discord.Messages);
        Assert.Empty(await h.PostsAsync(Berlin));
        Assert.Equal(Utc(2026, 11, 24, 8, 0), wake?.ToDateTimeOffset());
    }

    private async Task<DailyHarness> BerlinAt0900Async(int chapters = 5)
    {
        var h = await DailyHarness.CreateAsync(Start, provider: Provider);
        await h.AddStoryAsync("first", "First Story", chapters: chapters);
        h.Discord.AddChannel(BerlinChannel, Berlin);
        await h.SetAsync(Berlin, BerlinChannel, "09:00", "Europe/Berlin");
        return h;
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);
}
