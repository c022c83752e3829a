using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data;
using StoryBot.Tests.Trivia.Support;
using StoryBot.Trivia.Questions;
using Xunit.Abstractions;

namespace StoryBot.Tests.Trivia.Seeds;

/// <summary>Question generation on the real seeds, checked against the dialogue helper's hand labels.</summary>
public sealed class SeedQuestionTests(SeedLibraryFixture seeds, ITestOutputHelper output) : IClassFixture<SeedLibraryFixture>
{
    [Fact]
    public async Task WhoSaidIt_EverySeedQuestion_AnswerMatchesTheHandLabel()
    {
        var labels = SeedLabel.Load(RepositoryPaths.SeedLabels);
        var candidates = seeds.Bank.Candidates.Where(candidate => candidate.Kind == QuestionKind.WhoSaidIt).ToList();
        await using var scope = seeds.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        var spans = await db.DialogueLines.AsNoTracking()
            .Select(line => new { line.Id, line.Start, File = db.Chapters.Where(chapter => chapter.Id == line.ChapterId).Select(chapter => chapter.FileName).First() })
            .ToDictionaryAsync(line => (long)line.Id);
        var mismatches = new List<string>();

        foreach (var candidate in candidates)
        {
            var question = seeds.Bank.Create(candidate, new Random(1))!;
            var span = spans[candidate.SourceId];
            Assert.True(labels.TryGetValue((span.File, span.Start), out var label), $"no label for {span.File}@{span.Start}");
            if (label.Speaker != question.Answer)
            {
                mismatches.Add($"{span.File}@{span.Start} “{question.Body}”: asked {question.Answer}, labelled {label.Speaker}");
            }
        }

        Assert.NotEmpty(candidates);
        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
    }

    [Fact]
    public void WhoSaidIt_EverySeedQuestion_DistractorsAreOtherListedSpeakers()
    {
        var context = new QuestionContext(seeds.Corpus, new QuestionRules());
        var byName = seeds.Corpus.Characters.Values.ToDictionary(character => character.Name);
        var confidentSpeakers = seeds.Corpus.Lines.Where(context.IsConfidentSpeech).Select(line => line.SpeakerId!.Value).ToHashSet();
        var random = new Random(7);
        var sameStoryOnly = 0;
        var questions = seeds.Bank.Candidates.Where(candidate => candidate.Kind == QuestionKind.WhoSaidIt).Select(candidate => seeds.Bank.Create(candidate, random)!).ToList();

        foreach (var question in questions)
        {
            var speaker = byName[question.Answer];
            var distractors = question.Choices.Where((_, index) => index != question.AnswerIndex).Select(name => byName[name]).ToList();
            Assert.InRange(question.Choices.Count, 2, 4);
            Assert.Equal(question.Choices.Count, question.Choices.Distinct().Count());
            foreach (var distractor in distractors)
            {
                Assert.Contains(distractor.Id, confidentSpeakers);
                Assert.False(context.Names.SamePerson(distractor.Id, speaker.Id), $"{distractor.Name} is {speaker.Name}");
                Assert.False(context.Names.Mentions(distractor.Id, question.Body), $"{distractor.Name} is named in “{question.Body}”");
                Assert.DoesNotContain(distractors, other => other != distractor && context.Names.SamePerson(other.Id, distractor.Id));
            }

            if (distractors.All(distractor => context.SpeakersByStory[question.StoryId].Contains(distractor.Id)))
            {
                sameStoryOnly++;
            }
        }

        output.WriteLine($"{questions.Count} questions; {sameStoryOnly} with every distractor from the same story; choices: " +
            string.Join(", ", questions.GroupBy(question => question.Choices.Count).OrderBy(group => group.Key).Select(group => $"{group.Key} → {group.Count()}")));
    }

    [Fact]
    public void Bank_Seeds_YieldsEveryKindThatCanBeToldApart()
    {
        var counts = seeds.Bank.CountByKind();
        foreach (var (kind, count) in counts)
        {
            output.WriteLine($"{kind}: {count}");
        }

        // "Which story?" needs two stories with real titles; four of the five seeds are "Untitled — “…”".
        Assert.True(counts.GetValueOrDefault(QuestionKind.WhoSaidIt) >= 10);
        Assert.True(counts.GetValueOrDefault(QuestionKind.FinishTheLine) >= 10);
        Assert.Equal(0, counts.GetValueOrDefault(QuestionKind.WhichStory));
    }
}
