using StoryBot.Data.Entities;

namespace StoryBot.Data.Queries;

internal static class ParagraphProjection
{
    public static IQueryable<ParagraphView> Views(this IQueryable<Paragraph> paragraphs) =>
        paragraphs.Select(p => new ParagraphView(
            p.Id, p.Chapter.StoryId, p.Chapter.Story.Title, p.ChapterId, p.Chapter.Number, p.Chapter.Title,
            p.Index, p.Scene.Index, p.Scene.Heading, p.Start, p.Length, p.Text, p.WordCount));
}
