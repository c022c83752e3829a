using StoryBot.Data.Libraries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Corpus.Model;
using StoryBot.Data;
using StoryBot.Trivia;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Seeds;

/// <summary>
/// The seeds imported into real SQLite and read as a large library is: never whole, each question drawn from a random
/// slice (<see cref="TriviaOptions.WholeLibraryMaxRows"/> = 0). Every question must be one the whole-library bank would
/// ask, with the same answer, and the game rules must hold.
/// </summary>
public sealed class SampledLibraryTests(SeedLibraryFixture seeds) : IClassFixture<SeedLibraryFixture>
{
    private static readonly IReadOnlyDictionary<string, DateTimeOffset> NoneRecent = new Dictionary<string, DateTimeOffset>();

    [Fact]
    public async Task NextAsync_SampledGame_AsksOnlyWhatTheWholeBankWouldWithTheSameAnswers()
    {
        var library = await SampledAsync();
        var whole = seeds.Bank.Candidates.ToDictionary(candidate => candidate.Key);
        var random = new Random(3);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var kinds = new HashSet<QuestionKind>();

        for (var round = 0; round < 30; round++)
        {
            var question = await library.NextAsync(QuestionFilter.None, used, NoneRecent, random, CancellationToken.None);

            Assert.NotNull(question);
            Assert.True(used.Add(question.SourceKey), $"{question.SourceKey} asked twice in one game");
            Assert.True(whole.TryGetValue(question.Key, out var candidate), $"{question.Key} is not a question of the whole bank");
            var expected = seeds.Bank.Create(candidate, new Random(1))!;
            Assert.Equal(expected.Body, question.Body);
            Assert.Equal(expected.Answer, question.Answer);
            Assert.Equal(question.Choices.Count, question.Choices.Distinct().Count());
            Assert.InRange(question.Choices.Count, 2, 4);
            kinds.Add(question.Kind);
        }

        Assert.Equal(2, kinds.Count); // no "Which story?" on the seeds: only one has a real title
    }

    [Fact]
    public async Task NextAsync_AllButOneCandidateUsed_StillFindsTheLastOneThenNone()
    {
        var library = await SampledAsync();
        var filter = new QuestionFilter(Kind: QuestionKind.WhoSaidIt);
        var sources = seeds.Bank.Candidates.Where(filter.Allows).Select(candidate => candidate.SourceKey).Distinct().ToList();
        var last = sources[sources.Count / 2];
        var used = sources.Where(source => source != last).ToHashSet(StringComparer.Ordinal);

        var question = await library.NextAsync(filter, used, NoneRecent, new Random(5), CancellationToken.None);
        used.Add(last);
        var none = await library.NextAsync(filter, used, NoneRecent, new Random(5), CancellationToken.None);

        Assert.Equal(last, question?.SourceKey);
        Assert.Null(none);
    }

    [Fact]
    public async Task NextAsync_AllButOneAskedRecently_PrefersTheFreshOne()
    {
        var library = await SampledAsync();
        var filter = new QuestionFilter(Kind: QuestionKind.FinishTheLine);
        var keys = seeds.Bank.Candidates.Where(filter.Allows).Select(candidate => candidate.Key).ToList();
        var fresh = keys[^1];
        var recent = keys.Where(key => key != fresh).ToDictionary(key => key, _ => DateTimeOffset.UnixEpoch);

        var question = await library.NextAsync(filter, new HashSet<string>(), recent, new Random(9), CancellationToken.None);

        Assert.Equal(fresh, question?.Key);
    }

    [Fact]
    public async Task NextAsync_StoryFilter_OnlyThatStoryNeverTwice()
    {
        var library = await SampledAsync();
        var story = seeds.Catalog.Stories.Keys.Max();
        var filter = new QuestionFilter(StoryId: story);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(11);
        var available = await library.CountAvailableAsync(filter, 1_000, random, CancellationToken.None);

        for (var round = 0; round < available; round++)
        {
            var question = await library.NextAsync(filter, used, NoneRecent, random, CancellationToken.None);
            Assert.NotNull(question);
            Assert.Equal(story, question.StoryId);
            Assert.True(used.Add(question.SourceKey));
        }

        Assert.Equal(seeds.Bank.Candidates.Where(filter.Allows).Select(candidate => candidate.SourceKey).Distinct().Count(), available);
        Assert.Null(await library.NextAsync(filter, used, NoneRecent, random, CancellationToken.None));
    }

    [Theory]
    [InlineData(QuestionKind.WhoSaidIt)]
    [InlineData(QuestionKind.FinishTheLine)]
    public async Task NextAsync_KindFilter_OnlyThatKind(QuestionKind kind)
    {
        var library = await SampledAsync();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(13);

        for (var round = 0; round < 8; round++)
        {
            var question = await library.NextAsync(new QuestionFilter(Kind: kind), used, NoneRecent, random, CancellationToken.None);
            Assert.NotNull(question);
            Assert.Equal(kind, question.Kind);
            used.Add(question.SourceKey);
        }
    }

    [Fact]
    public async Task NextAsync_WhichStoryOnSeeds_NoneAsOnlyOneStoryHasARealTitle()
    {
        // Four of the five seeds are "Untitled — “opening words…”": options nobody can tell apart.
        var library = await SampledAsync();

        var question = await library.NextAsync(new QuestionFilter(Kind: QuestionKind.WhichStory), new HashSet<string>(StringComparer.Ordinal), NoneRecent, new Random(13), CancellationToken.None);

        Assert.Null(question);
    }

    [Fact]
    public async Task NextAsync_SafeChannel_NeverAsksFromAnAdultStory()
    {
        var adult = seeds.Catalog.Stories.Keys.Min();
        await SetRatingAsync(adult, Rating.Explicit);
        try
        {
            var safe = await SampledAsync(allowsMatureContent: false);
            var all = await SampledAsync(allowsMatureContent: true);
            var used = new HashSet<string>(StringComparer.Ordinal);
            var random = new Random(17);

            for (var round = 0; round < 30; round++)
            {
                var question = await safe.NextAsync(QuestionFilter.None, used, NoneRecent, random, CancellationToken.None);
                Assert.NotNull(question);
                Assert.NotEqual(adult, question.StoryId);
                Assert.DoesNotContain(seeds.Catalog.Stories[adult].Title, question.Choices);
                used.Add(question.SourceKey);
            }

            Assert.Equal(0, await safe.CountAvailableAsync(new QuestionFilter(StoryId: adult), 10, random, CancellationToken.None));
            Assert.True(await all.CountAvailableAsync(new QuestionFilter(StoryId: adult), 10, random, CancellationToken.None) > 0);
        }
        finally
        {
            await SetRatingAsync(adult, Rating.Unrated);
        }
    }

    [Fact]
    public async Task GetAsync_LibraryChanges_NewLibraryWithTheNewStory()
    {
        var banks = new TriviaQuestionBanks(NewSource(), Options.Create(new TriviaOptions { WholeLibraryMaxRows = 0 }));
        var before = await banks.GetAsync(LibraryScope.SharedOnly, true, CancellationToken.None);
        var again = await banks.GetAsync(LibraryScope.SharedOnly, true, CancellationToken.None);
        await using (var scope = seeds.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
            db.Stories.Add(new Data.Entities.Story { Slug = "added-later", Title = "Added Later" });
            await db.SaveChangesAsync();
        }

        try
        {
            var after = await banks.GetAsync(LibraryScope.SharedOnly, true, CancellationToken.None);
            Assert.Same(before, again);
            Assert.NotSame(before, after);
            Assert.Equal(before.StoryCount + 1, after.StoryCount);
        }
        finally
        {
            await using var scope = seeds.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
            db.Stories.RemoveRange(db.Stories.Where(story => story.Slug == "added-later"));
            await db.SaveChangesAsync();
        }
    }

    private StoryDbTriviaSource NewSource() =>
        new(seeds.Services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new TriviaOptions()));

    private async Task<QuestionLibrary> SampledAsync(bool allowsMatureContent = true)
    {
        var banks = new TriviaQuestionBanks(NewSource(), Options.Create(new TriviaOptions { WholeLibraryMaxRows = 0 }));
        var library = await banks.GetAsync(LibraryScope.SharedOnly, allowsMatureContent, CancellationToken.None);
        Assert.True(library.Samples);
        return library;
    }

    private async Task SetRatingAsync(long storyId, Rating rating)
    {
        await using var scope = seeds.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Stories SET Rating = {(int)rating} WHERE Id = {storyId}");
    }
}
