namespace StoryBot.Corpus.Model;

public enum NoteKind
{
    AuthorNote = 0,
    Footnote = 1,
    Disclaimer = 2,
}
