using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using StoryBot.Commands;
using StoryBot.Daily.Chapters;
using StoryBot.Data.Libraries;
using StoryBot.Daily.Persistence;
using StoryBot.Daily.Rotation;
using StoryBot.Daily.Scheduling;

using StoryBot.Data.Storage;

namespace StoryBot.Daily.Posting;

/// <summary>
/// Posts one server's chapter of the day, exactly once per local date (docs/daily.md, "Exactly once"):
/// claim → send with nonce → confirm. A claim row keyed (guild, local date) is committed before the send; a pending
/// claim is retried only with the same nonce and only while Discord still de-duplicates it, otherwise abandoned.
/// </summary>
public sealed partial class DailyPoster(
    DailyDbContext db,
    DailyChapterQuery chapters,
    LibraryScopeResolver libraries,
    DailyMessageBuilder builder,
    IChannelMessenger messenger,
    TimeZoneCatalog zones,
    TimeProvider time,
    IOptions<DailyOptions> options,
    ILogger<DailyPoster> logger)
{
    /// <summary>
    /// Does whatever the server's schedule needs now. Returns when it next needs attention, or null when it has
    /// no active schedule (none, or paused).
    /// </summary>
    public async Task<Instant?> RunAsync(ulong guildId, CancellationToken cancellationToken)
    {
        // The rotation and the post read only what this server's members see.
        await libraries.ResolveAsync(guildId, cancellationToken);
        var schedule = await db.Schedules.FirstOrDefaultAsync(s => s.GuildId == guildId, cancellationToken);
        if (schedule is null || schedule.PausedReason is not null)
        {
            return null;
        }

        var now = Now();
        if (!TryResolve(schedule, out var zone, out var localTime, out var problem))
        {
            await PauseAsync(schedule, problem, now);
            return null;
        }

        var today = DueTimeCalculator.LocalDateAt(now, zone);
        var todayIso = LocalDates.ToIso(today);
        await AbandonEarlierPendingAsync(guildId, todayIso, cancellationToken);
        var post = await db.Posts.FirstOrDefaultAsync(p => p.GuildId == guildId && p.LocalDate == todayIso, cancellationToken);
        var plan = ScheduleEvaluator.Evaluate(schedule, zone, localTime, post, now);
        if (!plan.DueNow)
        {
            return plan.NextWake;
        }

        var tomorrow = DueTimeCalculator.DueInstant(today.PlusDays(1), localTime, zone);
        return post is { State: DailyPostState.Pending }
            ? await ResolvePendingAsync(schedule, post, tomorrow, now, cancellationToken)
            : await ClaimAndSendAsync(schedule, post, today, tomorrow, now, cancellationToken);
    }

    /// <summary>The chapter the next post would show (for <c>/daily preview</c>); claims nothing.</summary>
    public async Task<RotationPick?> PeekAsync(ulong guildId, bool allowMature, CancellationToken cancellationToken) =>
        await PickAsync(guildId, allowMature, cancellationToken);

    internal bool TryResolve(DailySchedule schedule, out DateTimeZone zone, out LocalTime localTime, out string problem)
    {
        zone = DateTimeZone.Utc;
        localTime = default;
        problem = string.Empty;
        var found = zones.Find(schedule.TimeZone);
        if (found is null)
        {
            problem = PauseReasons.UnknownZone(schedule.TimeZone);
            return false;
        }

        if (!DailyTimeFormat.TryParse(schedule.LocalTime, out var parsed))
        {
            problem = PauseReasons.BadTime(schedule.LocalTime);
            return false;
        }

        zone = found;
        localTime = parsed.Value;
        return true;
    }

    private async Task<Instant?> ClaimAndSendAsync(
        DailySchedule schedule, DailyPost? failed, LocalDate today, Instant tomorrow, Instant now, CancellationToken cancellationToken)
    {
        var channel = await messenger.GetChannelAsync(schedule.ChannelId, cancellationToken);
        if (!channel.Exists || !channel.CanSend)
        {
            var problem = channel.Exists ? ChannelProblem.MissingPermission : ChannelProblem.NotFound;
            await PauseAsync(schedule, PauseReasons.For(schedule.ChannelId, problem), now);
            return null;
        }

        var pick = await PickAsync(schedule.GuildId, channel.IsNsfw, cancellationToken);
        var card = pick is null ? null : await chapters.GetCardAsync(pick.Value.ChapterId, cancellationToken);
        if (pick is null || card is null)
        {
            LogNothingToPost(schedule.GuildId, schedule.ChannelId);
            return tomorrow;
        }

        var post = failed ?? new DailyPost { GuildId = schedule.GuildId, LocalDate = LocalDates.ToIso(today) };
        post.ChannelId = schedule.ChannelId;
        post.ChapterId = pick.Value.ChapterId;
        post.ChapterKey = pick.Value.Key;
        post.Cycle = pick.Value.Cycle;
        post.State = DailyPostState.Pending;
        post.Nonce = NewNonce();
        post.ClaimedAt = now.ToDateTimeOffset();
        post.Attempts = 0;
        post.MessageId = null;
        post.SentAt = null;
        post.Detail = null;
        if (failed is null)
        {
            db.Posts.Add(post);
        }

        try
        {
            // The claim is committed before anything is sent: from here on, this day can never be claimed again.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (IsClaimConflict(exception))
        {
            LogClaimLost(exception, schedule.GuildId, post.LocalDate);
            return tomorrow;
        }

        return await SendAsync(schedule, post, card, tomorrow, cancellationToken);
    }

    /// <summary>A claim left pending on an earlier day (the bot stopped mid-send and stayed down) is never resent.</summary>
    private async Task AbandonEarlierPendingAsync(ulong guildId, string todayIso, CancellationToken cancellationToken)
    {
        var stale = await db.Posts
            .Where(p => p.GuildId == guildId && p.State == DailyPostState.Pending && p.LocalDate != todayIso)
            .ToListAsync(cancellationToken);
        foreach (var post in stale)
        {
            post.State = DailyPostState.Abandoned;
            post.Detail = "The bot stopped while sending and was down until the day had passed; the post was not sent again.";
            LogAbandoned(guildId, post.LocalDate, post.Attempts);
        }

        if (stale.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<Instant?> ResolvePendingAsync(
        DailySchedule schedule, DailyPost post, Instant tomorrow, Instant now, CancellationToken cancellationToken)
    {
        var deadline = Instant.FromDateTimeOffset(post.ClaimedAt) + Duration.FromTimeSpan(options.Value.NonceWindow);
        if (now > deadline)
        {
            post.State = DailyPostState.Abandoned;
            post.Detail = "The send was interrupted and Discord can no longer confirm whether it went out, so it was not sent again.";
            await db.SaveChangesAsync(CancellationToken.None);
            LogAbandoned(schedule.GuildId, post.LocalDate, post.Attempts);
            return tomorrow;
        }

        var card = await chapters.GetCardAsync(post.ChapterId, cancellationToken);
        if (card is null)
        {
            post.State = DailyPostState.Abandoned;
            post.Detail = "The chapter was removed before its post was confirmed.";
            await db.SaveChangesAsync(CancellationToken.None);
            return tomorrow;
        }

        return await SendAsync(schedule, post, card, tomorrow, cancellationToken);
    }

    private async Task<Instant?> SendAsync(
        DailySchedule schedule, DailyPost post, DailyChapterCard card, Instant tomorrow, CancellationToken cancellationToken)
    {
        var date = LocalDates.FromIso(post.LocalDate);
        var message = builder.Build(card, date, schedule.RoleId, Now()) with { Nonce = post.Nonce };
        post.Attempts++;
        try
        {
            var sent = await messenger.SendAsync(post.ChannelId, message, cancellationToken);
            post.State = DailyPostState.Sent;
            post.MessageId = sent.MessageId;
            post.SentAt = time.GetUtcNow();
            post.Detail = null;

            // Record the outcome even when shutdown was requested meanwhile: the message exists.
            await db.SaveChangesAsync(CancellationToken.None);
            LogPosted(schedule.GuildId, post.LocalDate, post.ChapterKey, sent.MessageId);
            return tomorrow;
        }
        catch (ChannelUnavailableException exception)
        {
            // Discord refused for certain: nothing was posted, so the day stays open once the admin fixes it.
            post.State = DailyPostState.Failed;
            post.Detail = exception.Message;
            await PauseAsync(schedule, PauseReasons.For(post.ChannelId, exception.Problem), Now());
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the claim stays Pending and is resolved with the same nonce at the next start.
            throw;
        }
        catch (Exception exception)
        {
            // Unknown outcome (network, Discord 5xx): the message may exist. Retry with the same nonce only while
            // Discord still de-duplicates it; after that, give the day up rather than risk a second post.
            var detail = $"{exception.GetType().Name}: {exception.Message}";
            post.Detail = detail.Length > 500 ? detail[..500] : detail;
            var deadline = Instant.FromDateTimeOffset(post.ClaimedAt) + Duration.FromTimeSpan(options.Value.NonceWindow);
            var retry = Now() + Duration.FromTimeSpan(options.Value.RetryDelay);
            if (retry > deadline)
            {
                post.State = DailyPostState.Abandoned;
                await db.SaveChangesAsync(CancellationToken.None);
                LogAbandoned(schedule.GuildId, post.LocalDate, post.Attempts);
                return tomorrow;
            }

            await db.SaveChangesAsync(CancellationToken.None);
            LogSendFailed(exception, schedule.GuildId, post.LocalDate, post.Attempts);
            return retry;
        }
    }

    private async Task<RotationPick?> PickAsync(ulong guildId, bool allowMature, CancellationToken cancellationToken)
    {
        var history = await db.Posts.AsNoTracking()
            .Where(p => p.GuildId == guildId && p.State != DailyPostState.Failed)
            .Select(p => new { p.Cycle, p.ChapterKey })
            .ToListAsync(cancellationToken);
        var cycle = history.Count == 0 ? 0 : history.Max(p => p.Cycle);
        var posted = history.Where(p => p.Cycle == cycle).Select(p => p.ChapterKey).ToHashSet(StringComparer.Ordinal);
        var candidates = await chapters.ListCandidatesAsync(cancellationToken);
        return RotationPicker.Pick(guildId, candidates, allowMature, new RotationHistory(cycle, posted));
    }

    private async Task PauseAsync(DailySchedule schedule, string reason, Instant now)
    {
        schedule.PausedReason = reason;
        schedule.PausedAt = now.ToDateTimeOffset();
        await db.SaveChangesAsync(CancellationToken.None);
        LogPaused(schedule.GuildId, reason);
    }

    /// <summary>Another worker inserted the same (guild, date) claim, or changed a failed claim first.</summary>
    private static bool IsClaimConflict(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || StoreErrors.IsUniqueViolation(exception.InnerException);

    private Instant Now() => Instant.FromDateTimeOffset(time.GetUtcNow());

    /// <summary>"d-" and 20 hex digits: 22 characters, within Discord's 25-character nonce limit.</summary>
    private static string NewNonce() => "d-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily post for guild {GuildId} on {LocalDate}: {ChapterKey} as message {MessageId}")]
    private partial void LogPosted(ulong guildId, string localDate, string chapterKey, ulong messageId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily post for guild {GuildId} on {LocalDate} failed (attempt {Attempts}); retrying with the same nonce")]
    private partial void LogSendFailed(Exception exception, ulong guildId, string localDate, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily post for guild {GuildId} on {LocalDate} abandoned after {Attempts} unconfirmed attempts; not resent to avoid a double post")]
    private partial void LogAbandoned(ulong guildId, string localDate, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily schedule of guild {GuildId} paused: {Reason}")]
    private partial void LogPaused(ulong guildId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily post for guild {GuildId} skipped: no chapter may be posted in channel {ChannelId}")]
    private partial void LogNothingToPost(ulong guildId, ulong channelId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily post for guild {GuildId} on {LocalDate} was already claimed by another worker")]
    private partial void LogClaimLost(Exception exception, ulong guildId, string localDate);
}
