using StoryBot.Trivia.Sources;

namespace StoryBot.Trivia.Questions;

/// <summary>The question banks of <see cref="QuestionLibrary"/>: the whole library when it is small, one story's chapters (the last few kept) otherwise.</summary>
public sealed partial class QuestionLibrary
{
    private QuestionBank Bank(TriviaRows rows, IReadOnlySet<long>? focus, QuestionFilter filter) =>
        new(new QuestionContext(new TriviaCorpus(_stories, Catalog.Chapters, Catalog.Characters, rows), _rules, _index.Value, focus), filter with { StoryId = null });

    private async Task<QuestionBank> WholeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_whole is null)
            {
                var rows = await _source.LoadChaptersAsync(_scope, null, lines: true, passages: true, cancellationToken);
                _whole = new QuestionBank(new TriviaCorpus(_stories, Catalog.Chapters, Catalog.Characters, rows), _rules);
            }

            return _whole;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>One story's bank (its chapters, plus two chapters of other stories for endings), the last few kept.</summary>
    private async Task<QuestionBank> StoryAsync(long storyId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            for (var node = _storyBanks.First; node is not null; node = node.Next)
            {
                if (node.Value.StoryId == storyId)
                {
                    _storyBanks.Remove(node);
                    _storyBanks.AddFirst(node);
                    return node.Value.Bank;
                }
            }

            var own = _chaptersByStory.GetValueOrDefault(storyId) ?? [];
            var chapters = own.ToHashSet();
            var random = new Random(unchecked((int)storyId));
            for (var i = 0; i < 2 && own.Length > 0; i++)
            {
                if (OtherStoryChapter(storyId, random) is { } other)
                {
                    chapters.Add(other);
                }
            }

            var rows = await _source.LoadChaptersAsync(_scope, chapters, lines: true, passages: true, cancellationToken);
            var bank = Bank(rows, own.ToHashSet(), QuestionFilter.None);
            _storyBanks.AddFirst((storyId, bank));
            if (_storyBanks.Count > CachedStoryBanks)
            {
                _storyBanks.RemoveLast();
            }

            return bank;
        }
        finally
        {
            _gate.Release();
        }
    }
}
