namespace StoryBot.Data.Tests.Support;

/// <summary>Small chapter texts with headers the parser understands.</summary>
internal static class Chapters
{
    public static string Text(string story, int number, params string[] paragraphs) =>
        $"Title: {story}\nAuthor: Tester\nRating: T\nChapter {number}: Part {number}\n\n" + string.Join("\n\n", paragraphs) + "\n";
}
