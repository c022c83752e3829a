using System.Text;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Html;

/// <summary>Builds one chapter's text from its parts: notes before, the story body, end notes after (ranges kept).</summary>
internal sealed class SectionText
{
    private readonly StringBuilder text = new();
    private readonly List<Note> notes = [];
    private int bodyStart = -1;
    private int bodyEnd = -1;

    public bool HasBody => bodyStart >= 0 && bodyEnd > bodyStart;

    public void AddNote(string note)
    {
        note = note.Trim();
        if (note.Length == 0)
        {
            return;
        }

        Separate();
        var range = new TextRange(text.Length, note.Length);
        text.Append(note);
        notes.Add(new Note(NoteKind.AuthorNote, range, note));
    }

    public void SetBody(string body)
    {
        body = body.Trim('\n', ' ');
        Separate();
        bodyStart = text.Length;
        text.Append(body);
        bodyEnd = text.Length;
    }

    public ChapterSection Build(int? number, string? title, bool special) =>
        new(text.ToString(), Math.Max(0, bodyStart), Math.Max(0, bodyEnd), number, title, notes) { IsSpecial = special };

    private void Separate()
    {
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }
    }
}
