using StoryBot.Data.Libraries;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Questions;

public class QuestionPickerTests
{
    [Fact]
    public async Task Next_WholeGame_NeverRepeatsALine()
    {
        var (bank, library) = Bank(out _);
        var picker = new QuestionPicker(library, new Random(7));
        var used = new HashSet<string>();

        for (var round = 0; round < bank.Candidates.Select(candidate => candidate.SourceKey).Distinct().Count(); round++)
        {
            var question = await picker.NextAsync(QuestionFilter.None, used, new Dictionary<string, DateTimeOffset>(), CancellationToken.None);
            Assert.NotNull(question);
            Assert.True(used.Add(question.SourceKey), $"{question.SourceKey} asked twice");
        }

        Assert.Null(await picker.NextAsync(QuestionFilter.None, used, new Dictionary<string, DateTimeOffset>(), CancellationToken.None));
    }

    [Fact]
    public async Task Next_SomeAskedRecently_PrefersTheOthersThenTheOldest()
    {
        var (bank, library) = Bank(out _);
        var who = bank.Candidates.Where(candidate => candidate.Kind == QuestionKind.WhoSaidIt).ToList();
        var start = TestClock.DefaultStart;
        var recent = who.Skip(1).Select((candidate, index) => (candidate.Key, At: start.AddMinutes(index))).ToDictionary(pair => pair.Key, pair => pair.At);
        var picker = new QuestionPicker(library, new Random(3));
        var filter = new QuestionFilter(Kind: QuestionKind.WhoSaidIt);

        var fresh = await picker.NextAsync(filter, new HashSet<string>(), recent, CancellationToken.None);
        recent[who[0].Key] = start.AddHours(1);
        var oldest = await picker.NextAsync(filter, new HashSet<string>(), recent, CancellationToken.None);

        Assert.Equal(who[0].Key, fresh?.Key);
        Assert.Equal(who[1].Key, oldest?.Key);
    }

    [Fact]
    public async Task Next_LimitedToStoryAndKind_OnlyThose()
    {
        var (_, library) = Bank(out var second);
        var picker = new QuestionPicker(library, new Random(5));
        var filter = new QuestionFilter(second, QuestionKind.FinishTheLine);
        var used = new HashSet<string>();

        for (var i = 0; i < 3; i++)
        {
            var question = await picker.NextAsync(filter, used, new Dictionary<string, DateTimeOffset>(), CancellationToken.None);
            Assert.NotNull(question);
            Assert.Equal(second, question.StoryId);
            Assert.Equal(QuestionKind.FinishTheLine, question.Kind);
            used.Add(question.SourceKey);
        }
    }

    [Fact]
    public async Task Next_NoKindGiven_MixesKinds()
    {
        var (_, library) = Bank(out _);
        var picker = new QuestionPicker(library, new Random(11));
        var used = new HashSet<string>();
        var kinds = new HashSet<QuestionKind>();

        for (var i = 0; i < 12; i++)
        {
            var question = await picker.NextAsync(QuestionFilter.None, used, new Dictionary<string, DateTimeOffset>(), CancellationToken.None);
            Assert.NotNull(question);
            used.Add(question.SourceKey);
            kinds.Add(question.Kind);
        }

        Assert.Equal(3, kinds.Count);
    }

    private static (QuestionBank Bank, QuestionLibrary Library) Bank(out long secondStory)
    {
        var corpus = new CorpusBuilder();
        var first = corpus.Story("Second Chances");
        secondStory = corpus.Story("Banished");
        var naruto = corpus.Character("Naruto");
        var sasuke = corpus.Character("Sasuke");
        var sakura = corpus.Character("Sakura");
        foreach (var story in new[] { first, secondStory })
        {
            corpus.Line(story, naruto, $"I am going to be the greatest ninja of story {story}, believe it.");
            corpus.Line(story, sasuke, $"You are annoying and you always have been, since story {story} began.");
            corpus.Line(story, sakura, $"We should get moving before the sun goes down, for story {story}.");
            corpus.Line(story, naruto, $"Nobody gets left behind on my team, not in story {story}, not ever.");
            corpus.Passage(story, $"The rain fell on the village of story {story} for three days and three nights, and nobody in the whole place could remember a storm like it.");
            corpus.Passage(story, $"By morning the road out of the village of story {story} was a river of mud, and the gate guards had given up pretending to watch it.");
        }

        var built = corpus.Build();
        var source = new StaticCorpusSource(built);
        return (new QuestionBank(built, new QuestionRules()), new QuestionLibrary(source, LibraryScope.SharedOnly, TriviaCatalog.Of(built, new QuestionRules().MinConfidence), true, new QuestionRules(), 20_000));
    }
}
