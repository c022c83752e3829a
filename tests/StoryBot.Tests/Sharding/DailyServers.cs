using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using StoryBot.Daily.Persistence;
using StoryBot.Discord.Fake;
using StoryBot.Tests.Support;

namespace StoryBot.Tests.Sharding;

/// <summary>
/// The chapter of the day for every server of a multi-process test, made due at once on the real clock the bot processes
/// run on: each schedule posts at 00:00 in a fixed-offset zone where it is about noon now, active since two days ago,
/// so today's post is due the moment a process starts and the local date cannot change within the test's bound.
/// </summary>
internal static class DailyServers
{
    /// <summary>The prefix of every daily post's nonce (<c>DailyPoster</c>: "d-" and 20 hex digits).</summary>
    private const string NoncePrefix = "d-";

    public static async Task ScheduleAsync(TestLibrary library, IEnumerable<(ulong Guild, ulong Channel)> servers)
    {
        var now = DateTimeOffset.UtcNow;
        var zone = MiddayZone(now);
        await using var db = library.OpenDailyContext();
        foreach (var (guild, channel) in servers)
        {
            db.Schedules.Add(new DailySchedule
            {
                GuildId = guild, ChannelId = channel, LocalTime = "00:00", TimeZone = zone,
                ActiveSince = now.AddDays(-2), UpdatedBy = 1, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// <c>Etc/GMT-N</c> (UTC+N; the sign is inverted in these ids) for the offset that puts local time near 12:00 now:
    /// a 00:00 post is overdue today and midnight is ~12 hours away.
    /// </summary>
    public static string MiddayZone(DateTimeOffset utcNow)
    {
        var offset = 12 - utcNow.UtcDateTime.Hour;
        return offset switch
        {
            0 => "Etc/GMT",
            > 0 => "Etc/GMT-" + offset.ToString(CultureInfo.InvariantCulture),
            _ => "Etc/GMT+" + (-offset).ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>How many of today's posts are recorded as sent.</summary>
    public static async Task<int> CountSentAsync(TestLibrary library)
    {
        await using var db = library.OpenDailyContext();
        return await db.Posts.CountAsync(p => p.State == DailyPostState.Sent);
    }

    /// <summary>
    /// Every server has exactly one daily post in its channel (a message carrying a daily nonce), one claim row, and that
    /// row is Sent with that message's id.
    /// </summary>
    public static async Task AssertOnePostEachAsync(FakeDiscordServer fake, TestLibrary library, IReadOnlyList<(ulong Guild, ulong Channel)> servers)
    {
        var posts = fake.Messages.Where(IsDailyPost).ToList();
        await using var db = library.OpenDailyContext();
        var rows = await db.Posts.AsNoTracking().ToListAsync();
        Assert.Equal(servers.Count, rows.Count);
        Assert.Equal(servers.Count, posts.Count);
        foreach (var (guild, channel) in servers)
        {
            var message = Assert.Single(posts, m => m["channel_id"]?.GetValue<string>() == channel.ToString(CultureInfo.InvariantCulture));
            var row = Assert.Single(rows, r => r.GuildId == guild);
            Assert.Equal(DailyPostState.Sent, row.State);
            Assert.Equal(message["id"]?.GetValue<string>(), row.MessageId?.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(row.Nonce, message["nonce"]?.GetValue<string>());
        }
    }

    /// <summary>The message POSTs the fake received for <paramref name="channel"/>.</summary>
    public static int PostsTo(FakeDiscordServer fake, ulong channel) =>
        fake.Requests.Count(r => r.Method == "POST" && r.Path == MessagesPath(channel));

    public static string MessagesPath(ulong channel) => $"/channels/{channel.ToString(CultureInfo.InvariantCulture)}/messages";

    private static bool IsDailyPost(JsonObject message) =>
        message["nonce"] is JsonValue nonce && nonce.TryGetValue<string>(out var text) && text.StartsWith(NoncePrefix, StringComparison.Ordinal);
}
