using Rating = StoryBot.Corpus.Model.Rating;
using StoryBot.Data;
using StoryBot.Data.Entities;

namespace StoryBot.Tests.Daily.Support;

/// <summary>Seeds stories, chapters and paragraphs into the real stories schema.</summary>
public static class StoryLibrary
{
    /// <summary>Adds a story with <paramref name="chapters"/> chapters of three paragraphs each; returns the chapter ids in order.</summary>
    public static async Task<IReadOnlyList<long>> AddStoryAsync(
        StoryDbContext db,
        string slug,
        string title,
        Rating rating = Rating.General,
        int chapters = 3,
        string author = "A. Writer",
        string? summary = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var story = new Story
        {
            Slug = slug,
            Title = title,
            Author = author,
            Rating = rating,
            Summary = summary,
            CreatedAt = DateTime.UnixEpoch,
            UpdatedAt = DateTime.UnixEpoch,
        };
        for (var number = 1; number <= chapters; number++)
        {
            var paragraphs = Enumerable.Range(0, 3)
                .Select(i => $"{title} chapter {number}, paragraph {i + 1}. \"Hello,\" said someone, and the story went on.")
                .ToList();
            var chapter = new Chapter
            {
                Number = number,
                Title = $"Part {number}",
                SourcePath = $"/seeds/{slug}/{number}.txt",
                FileName = $"{number}.txt",
                ContentHash = new string('a', 60) + number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture),
                EncodingName = "utf-8",
                WordCount = 2300 * number,
                ParagraphCount = paragraphs.Count,
                SceneCount = 1,
                ImportedAt = DateTime.UnixEpoch,
            };
            var scene = new Scene { Chapter = chapter, Index = 0 };
            chapter.Scenes.Add(scene);
            var start = 0;
            for (var i = 0; i < paragraphs.Count; i++)
            {
                chapter.Paragraphs.Add(new Paragraph
                {
                    Chapter = chapter,
                    Scene = scene,
                    Index = i,
                    Start = start,
                    Length = paragraphs[i].Length,
                    Text = paragraphs[i],
                    WordCount = 14,
                });
                start += paragraphs[i].Length + 2;
            }

            story.Chapters.Add(chapter);
        }

        db.Stories.Add(story);
        await db.SaveChangesAsync();
        return [.. story.Chapters.Select(c => (long)c.Id)];
    }
}
