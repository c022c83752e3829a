using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryBot.Data;

namespace StoryBot.Trivia.Sources;

/// <summary>
/// Reads the trivia corpus from the story database, and keeps it until the library changes (chapters imported,
/// re-imported or removed), so a game start costs one small query.
/// </summary>
public sealed class StoryDbTriviaSource(IServiceScopeFactory scopes, IOptions<TriviaOptions> options) : ITriviaCorpusSource
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (int Chapters, DateTime? LastImport, int Lines, int Characters)? _fingerprint;
    private TriviaCorpus _corpus = TriviaCorpus.Empty;

    public async Task<TriviaCorpus> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoryDbContext>();
        var fingerprint = (
            await db.Chapters.CountAsync(cancellationToken),
            await db.Chapters.MaxAsync(chapter => (DateTime?)chapter.ImportedAt, cancellationToken),
            await db.DialogueLines.CountAsync(cancellationToken),
            await db.Characters.CountAsync(cancellationToken));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_fingerprint != fingerprint)
            {
                _corpus = await ReadAsync(db, cancellationToken);
                _fingerprint = fingerprint;
            }

            return _corpus;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<TriviaCorpus> ReadAsync(StoryDbContext db, CancellationToken cancellationToken)
    {
        var rules = options.Value.Questions;
        var stories = await db.Stories.AsNoTracking()
            .Select(story => new TriviaStory(story.Id, story.Title, story.Rating, null))
            .ToListAsync(cancellationToken);
        var chapters = await db.Chapters.AsNoTracking()
            .Select(chapter => new TriviaChapter(chapter.Id, chapter.StoryId, chapter.Number, chapter.Title))
            .ToListAsync(cancellationToken);
        var characters = await db.Characters.AsNoTracking()
            .Select(character => new TriviaCharacter(character.Id, character.Name, character.Aliases.Select(alias => alias.Alias).ToList()))
            .ToListAsync(cancellationToken);
        var spans = await db.DialogueLines.AsNoTracking()
            .Select(line => new DialogueSpan(
                line.Id,
                line.Paragraph.Chapter.StoryId,
                line.ChapterId,
                line.ParagraphId,
                line.Paragraph.Index,
                line.Start,
                line.Text,
                line.Kind,
                line.SpeakerId,
                line.Confidence,
                line.SpeakerMention))
            .ToListAsync(cancellationToken);
        var passages = await db.Paragraphs.AsNoTracking()
            .Where(paragraph => paragraph.WordCount >= rules.PassageMinWords && paragraph.WordCount <= rules.PassageMaxWords)
            .Select(paragraph => new TriviaPassage(paragraph.Id, paragraph.Chapter.StoryId, paragraph.ChapterId, paragraph.Index, paragraph.Text))
            .ToListAsync(cancellationToken);
        return new TriviaCorpus(stories, chapters, characters, DialogueSpan.Merge(spans), passages);
    }
}
