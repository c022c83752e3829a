namespace StoryBot.Excerpts;

/// <summary>Examples shown to members (in /help and in hints); a test checks each finds a passage in the seeds.</summary>
public static class ExcerptExamples
{
    public const string SearchWord = "Rasengan";

    public const string SearchPhrase = "\"near dead\"";
}
