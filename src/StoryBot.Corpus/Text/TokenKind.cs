namespace StoryBot.Corpus.Text;

public enum TokenKind
{
    Word = 0,
    Punctuation = 1,
}
