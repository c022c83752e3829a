namespace StoryBot.Data.Tests.Support;

/// <summary>Small chapter texts with headers the parser understands.</summary>
internal static class Chapters
{
    public static string Text(string story, int number, params string[] paragraphs) => TextBy("Tester", story, number, paragraphs);

    /// <summary>A chapter of a story by <paramref name="author"/>: a later chapter joins the stored story only when its author is the same.</summary>
    public static string TextBy(string author, string story, int number, params string[] paragraphs) =>
        $"Title: {story}\nAuthor: {author}\nRating: T\nChapter {number}: Part {number}\n\n" + string.Join("\n\n", paragraphs) + "\n";
}
