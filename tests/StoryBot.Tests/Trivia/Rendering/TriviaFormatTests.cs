using StoryBot.Trivia.Questions;
using StoryBot.Trivia.Rendering;

namespace StoryBot.Tests.Trivia.Rendering;

public class TriviaFormatTests
{
    [Theory]
    [InlineData(1, "Many Regrets", "*Second Chances*, chapter 1 “Many Regrets”")]
    [InlineData(1, "Chapter 1", "*Second Chances*, chapter 1")]
    [InlineData(1, null, "*Second Chances*, chapter 1")]
    [InlineData(2, "“Naruto and Sasuke were facing…”", "*Second Chances*, chapter 2 “Naruto and Sasuke were facing…”")]
    [InlineData(3, "Part 3", "*Second Chances*, chapter 3 “Part 3”")]
    public void Where_ChapterTitle_OnlyWhenItSaysMoreAndNeverDoubleQuoted(int number, string? title, string expected)
    {
        Assert.Equal(expected, TriviaFormat.Where(new AnswerContext("Second Chances", number, title, null, null, "text")));
    }

    [Theory]
    [InlineData("From *X*, chapter 1 “How did you survive that Rasengan?”", "From *X*, chapter 1 “How did you survive that Rasengan?”")]
    [InlineData("From *X*, chapter 1 “Naruto never thought…”", "From *X*, chapter 1 “Naruto never thought…”")]
    [InlineData("From *X*, chapter 1", "From *X*, chapter 1.")]
    [InlineData("From *Really?*", "From *Really?*")]
    public void Sentence_AlreadyEnded_NoExtraFullStop(string text, string expected)
    {
        Assert.Equal(expected, TriviaFormat.Sentence(text));
    }
}
