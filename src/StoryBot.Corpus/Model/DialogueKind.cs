namespace StoryBot.Corpus.Model;

public enum DialogueKind
{
    Speech = 0,
    Thought = 1,
}
