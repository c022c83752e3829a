using StoryBot.Trivia.Sources;

namespace StoryBot.Tests.Trivia.Support;

/// <summary>A small library with plenty of "Who said it?" lines, for game tests.</summary>
public static class GameCorpus
{
    public static TriviaCorpus WhoSaidIt(int lines = 12)
    {
        var corpus = new CorpusBuilder();
        var story = corpus.Story("Second Chances");
        var speakers = new[] { "Naruto", "Sasuke", "Sakura", "Kakashi", "Tsunade" }.Select(name => corpus.Character(name)).ToArray();
        for (var i = 0; i < lines; i++)
        {
            corpus.Line(story, speakers[i % speakers.Length], $"This is line number {i} and it has plenty of words to ask about.");
        }

        return corpus.Build();
    }
}
