using StoryBot.Commands;
using StoryBot.Corpus.Model;
using StoryBot.Daily.Posting;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

public class DailyMessageTests
{
    private const ulong Guild = 1001;
    private const ulong Channel = 2001;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Post_Embed_ShowsStoryChapterAuthorOpeningWordsReadingTimeAndRatingColour()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        await h.AddStoryAsync("teen", "Teen *Story*", Rating.Teen, chapters: 1, summary: "Two rivals, one summer.");
        h.Discord.AddChannel(Channel, Guild);
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");

        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

        var message = Assert.Single(h.Discord.Messages).Message;
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Teen \\*Story\\* — Part 1", embed.Title);
        Assert.Equal(0xFEE75C, embed.Color);
        Assert.StartsWith("> Teen *Story* chapter 1, paragraph 1.", embed.Description, StringComparison.Ordinal);
        Assert.Equal("A. Writer", Field(embed, "Author"));
        Assert.Equal("1 of 1", Field(embed, "Chapter"));
        Assert.Equal("2,300", Field(embed, "Words"));
        Assert.Equal("~10 min", Field(embed, "Reading time"));
        Assert.Equal("Teen", Field(embed, "Rating"));
        Assert.Equal("Two rivals, one summer.", Field(embed, "About the story"));
        Assert.Contains("Monday, 23 November 2026", embed.Footer, StringComparison.Ordinal);
        var button = Assert.Single(Assert.Single(message.Components).Buttons);
        Assert.Equal("Read an excerpt", button.Label);
        Assert.StartsWith("dy:x:", button.CustomId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutRole_PingsNobody()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        await h.AddStoryAsync("first", "First Story", chapters: 1);
        h.Discord.AddChannel(Channel, Guild);
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin");

        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

        var message = Assert.Single(h.Discord.Messages).Message;
        Assert.Null(message.AllowedRoleMention);
        Assert.Null(message.Content);
    }

    [Fact]
    public async Task Post_WithRole_AllowsOnlyThatRole()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        await h.AddStoryAsync("first", "First Story", chapters: 1);
        h.Discord.AddChannel(Channel, Guild);
        await h.SetAsync(Guild, Channel, "09:00", "Europe/Berlin", role: 777);

        await h.RunUntilAsync(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

        var message = Assert.Single(h.Discord.Messages).Message;
        Assert.Equal(777UL, message.AllowedRoleMention);
        Assert.StartsWith("<@&777>", message.Content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Rating.General, 0x57F287)]
    [InlineData(Rating.Teen, 0xFEE75C)]
    [InlineData(Rating.Mature, 0xE67E22)]
    [InlineData(Rating.Explicit, 0xED4245)]
    [InlineData(Rating.Unrated, 0x95A5A6)]
    public void RatingColors_EachRating_HasItsColour(Rating rating, int colour)
    {
        Assert.Equal(colour, RatingColors.For(rating));
    }

    [Theory]
    [InlineData(0, 230, "~1 min")]
    [InlineData(230, 230, "~1 min")]
    [InlineData(231, 230, "~2 min")]
    [InlineData(2300, 230, "~10 min")]
    [InlineData(23000, 230, "~1 h 40 min")]
    public void ReadingTime_Words_RoundsUpToWholeMinutes(int words, int wpm, string expected)
    {
        Assert.Equal(expected, ReadingTime.Format(words, wpm));
    }

    [Theory]
    [InlineData("dy:x:42", 42, 0, false)]
    [InlineData("dy:n:42:7", 42, 7, true)]
    public void ExcerptButtonId_RoundTrips(string customId, long chapter, int paragraph, bool nextPage)
    {
        Assert.True(ExcerptButtonId.TryParse(customId, out var c, out var p, out var n));
        Assert.Equal((chapter, paragraph, nextPage), (c, p, n));
        Assert.Equal(customId, nextPage ? ExcerptButtonId.ForNextPage(chapter, paragraph) : ExcerptButtonId.ForPost(chapter));
    }

    [Theory]
    [InlineData("dy:x")]
    [InlineData("dy:x:abc")]
    [InlineData("dy:n:1")]
    [InlineData("ex:x:1")]
    public void ExcerptButtonId_Garbage_DoesNotParse(string customId)
    {
        Assert.False(ExcerptButtonId.TryParse(customId, out _, out _, out _));
    }

    private static string? Field(BotEmbed embed, string name) => embed.Fields.SingleOrDefault(f => f.Name == name)?.Value;
}
