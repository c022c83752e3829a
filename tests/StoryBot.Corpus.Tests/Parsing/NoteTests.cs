using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Parsing;

public class NoteTests
{
    [Fact]
    public void ParseText_TrailingAuthorNote_EverythingAfterItIsNote()
    {
        const string text = "Story one.\n\nStory two.\n\nA/N: Thanks for reading!\n\nPlease review.";

        ParsedChapter chapter = ChapterParser.ParseText(text, "x.txt");

        Assert.Equal(["Story one.", "Story two."], chapter.Paragraphs.Select(p => p.Text));
        Assert.Equal([(NoteKind.AuthorNote, "A/N: Thanks for reading!"), (NoteKind.AuthorNote, "Please review.")], chapter.Notes.Select(n => (n.Kind, n.Text)));
    }

    [Theory]
    [InlineData("AN: short note")]
    [InlineData("(A/N: in the middle)")]
    [InlineData("Author's Note: hi")]
    [InlineData("Authors Note - hi")]
    public void ParseText_AuthorNoteMidChapter_IsANote(string note)
    {
        ParsedChapter chapter = ChapterParser.ParseText($"One.\n\nTwo.\n\n{note}\n\nThree.\n\nFour.\n\nFive.", "x.txt");

        Assert.Equal(note, Assert.Single(chapter.Notes).Text);
        Assert.Equal(5, chapter.Paragraphs.Count());
    }

    [Fact]
    public void ParseText_UnlabelledDisclaimerAtStart_IsDisclaimer()
    {
        ParsedChapter chapter = ChapterParser.ParseText("I don't own Naruto.\n\nNaruto ran.", "x.txt");

        Assert.Equal(NoteKind.Disclaimer, Assert.Single(chapter.Notes).Kind);
        Assert.Equal("Naruto ran.", Assert.Single(chapter.Paragraphs).Text);
    }

    [Fact]
    public void ParseText_DisclaimerWordsInDialogue_StayStoryText()
    {
        ParsedChapter chapter = ChapterParser.ParseText("\"I don't own a sword,\" he said.\n\nNaruto ran.", "x.txt");

        Assert.Empty(chapter.Notes);
        Assert.Equal(2, chapter.Paragraphs.Count());
    }

    [Fact]
    public void ParseText_AnWordInProse_NotANote()
    {
        ParsedChapter chapter = ChapterParser.ParseText("An old man waited.\n\nAnd then it rained.", "x.txt");

        Assert.Empty(chapter.Notes);
    }

    [Fact]
    public void ParseText_NumberedParagraphWithoutMarkerInText_NotAFootnote()
    {
        ParsedChapter chapter = ChapterParser.ParseText("Story.\n\n(3) things happened.", "x.txt");

        Assert.Empty(chapter.Notes);
    }

    [Fact]
    public void ParseText_BracketFootnotes_Numbered()
    {
        ParsedChapter chapter = ChapterParser.ParseText("He used the jutsu[1].\n\n[1] A ninja technique.", "x.txt");

        Note note = Assert.Single(chapter.Notes);
        Assert.Equal((NoteKind.Footnote, 1), (note.Kind, note.Number!.Value));
    }
}
