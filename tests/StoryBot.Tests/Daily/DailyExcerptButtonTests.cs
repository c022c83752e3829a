using Microsoft.Extensions.DependencyInjection;
using StoryBot.Commands;
using StoryBot.Corpus.Model;
using StoryBot.Daily.Posting;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

public class DailyExcerptButtonTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Press_ReadAnExcerpt_RepliesOnlyToThePresserWithTheOpening()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        var chapters = await h.AddStoryAsync("first", "First Story", chapters: 1);

        var reply = await PressAsync(h, ExcerptButtonId.ForPost(chapters[0]), nsfw: false);

        Assert.Equal(BotReplyKind.Message, reply.Kind);
        Assert.True(reply.Message?.Ephemeral);
        var embed = Assert.Single(reply.Message!.Embeds);
        Assert.Contains("paragraph 1", embed.Description, StringComparison.Ordinal);
        Assert.Contains("paragraph 3", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_MatureChapterInSfwChannel_IsRefusedPolitely()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        var chapters = await h.AddStoryAsync("dark", "Dark Story", Rating.Explicit, chapters: 1);

        var sfw = await PressAsync(h, ExcerptButtonId.ForPost(chapters[0]), nsfw: false);
        var nsfw = await PressAsync(h, ExcerptButtonId.ForPost(chapters[0]), nsfw: true);

        Assert.Contains("NSFW", sfw.Message?.Content, StringComparison.Ordinal);
        Assert.NotEmpty(nsfw.Message!.Embeds);
    }

    [Fact]
    public async Task Press_NextPage_UpdatesTheExcerptMessage()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        var chapters = await h.AddStoryAsync("first", "First Story", chapters: 1);

        var reply = await PressAsync(h, ExcerptButtonId.ForNextPage(chapters[0], 2), nsfw: false);

        Assert.Equal(BotReplyKind.UpdateMessage, reply.Kind);
        Assert.Contains("paragraph 3", reply.Message!.Embeds[0].Description, StringComparison.Ordinal);
        Assert.DoesNotContain("paragraph 2", reply.Message!.Embeds[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Press_RemovedChapter_SaysSo()
    {
        await using var h = await DailyHarness.CreateAsync(Start);

        var reply = await PressAsync(h, ExcerptButtonId.ForPost(12345), nsfw: false);
        var huge = await PressAsync(h, ExcerptButtonId.ForPost(long.MaxValue), nsfw: false);

        Assert.Contains("isn't in the library", reply.Message?.Content, StringComparison.Ordinal);
        Assert.Contains("isn't in the library", huge.Message?.Content, StringComparison.Ordinal);
    }

    private static Task<BotReply> PressAsync(DailyHarness h, string customId, bool nsfw)
    {
        var context = new CommandContext(new BotUser(7, "reader"), 1001, 2001) { ChannelIsNsfw = nsfw };
        return h.Services.GetRequiredService<CommandRouter>().DispatchAsync(new ComponentInvocation(context, customId, 55), CancellationToken.None);
    }
}
