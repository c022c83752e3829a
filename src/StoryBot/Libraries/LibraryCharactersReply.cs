using System.Globalization;
using System.Text;
using StoryBot.Commands;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary>The reply to <c>/library characters</c>: the list, the stories read again (titles only, never file names), the lines with a speaker.</summary>
internal static class LibraryCharactersReply
{
    private const int MaxTitles = 10;

    public static string Describe(CharactersResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Characters > 0
            ? string.Create(CultureInfo.InvariantCulture, $"👥 Characters updated: {result.Characters} characters.")
            : "👥 Character list removed: speakers are found in each story's own text again.");
        int stories = result.Reread.Count;
        if (stories == 0 && result.Failed.Count == 0)
        {
            text.Append(" No uploaded stories to read again; stories uploaded from now on use it.");
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture,
                $" Re-read {stories} {(stories == 1 ? "story" : "stories")}: {result.Spoken:N0} of {result.Lines:N0} quoted lines now have a speaker.");
            Titles(text, result.Reread);
        }

        if (result.Failed.Count > 0)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"⚠️ Could not read again (upload them again): ");
            Titles(text, result.Failed);
        }

        if (result.Unkept > 0)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture,
                $"ℹ️ {result.Unkept} {(result.Unkept == 1 ? "story was" : "stories were")} uploaded before uploads were kept: upload {(result.Unkept == 1 ? "it" : "them")} again to apply the list.");
        }

        return text.ToString();
    }

    private static void Titles(StringBuilder text, IReadOnlyList<string> titles)
    {
        if (titles.Count == 0)
        {
            return;
        }

        text.AppendLine().Append(Markdown.Escape(string.Join(", ", titles.Take(MaxTitles).Select(t => Markdown.Truncate(t, 80)))));
        if (titles.Count > MaxTitles)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {titles.Count - MaxTitles} more");
        }
    }
}
