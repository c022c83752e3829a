using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using StoryBot.Corpus.Model;
using StoryBot.Daily;
using StoryBot.Daily.Chapters;
using StoryBot.Daily.Posting;
using StoryBot.Data;
using StoryBot.Tests.Daily.Support;

namespace StoryBot.Tests.Daily;

/// <summary>The daily post's wording: a teaser of more than one paragraph, no "Unknown" author, one name for unrated.</summary>
public class DailyWordingTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetCard_LongFirstParagraph_TeaserStillHasTheSecond()
    {
        await using var h = await DailyHarness.CreateAsync(Start);
        var chapterId = (await h.AddStoryAsync("long", "Long Story", chapters: 1))[0];
        await using var scope = h.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        var first = await db.Paragraphs.SingleAsync(p => p.ChapterId == chapterId && p.Index == 0);
        first.Text = string.Join(' ', Enumerable.Repeat("The long opening sentence goes on.", 10));
        await db.SaveChangesAsync();

        var card = await scope.ServiceProvider.GetRequiredService<DailyChapterQuery>().GetCardAsync(chapterId, CancellationToken.None);

        Assert.Contains("paragraph 2", card!.OpeningLines, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoAuthorUnrated_NoUnknownAuthorAndNotRated()
    {
        var card = new DailyChapterCard(1, "x/1", "X", 1, 1, null, null, Rating.Unrated, null, "Opening.\n\nMore.", 100, null);

        var message = new DailyMessageBuilder(Options.Create(new DailyOptions())).Build(card, new LocalDate(2026, 11, 23), null, Instant.FromUtc(2026, 11, 23, 8, 0));

        var embed = Assert.Single(message.Embeds);
        Assert.DoesNotContain(embed.Fields, field => field.Name == "Author");
        Assert.Equal("Not rated", embed.Fields.Single(field => field.Name == "Rating").Value);
        Assert.Equal("Chapter of the day · Monday, 23 November 2026", embed.Footer);
    }
}
