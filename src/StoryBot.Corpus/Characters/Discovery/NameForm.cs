namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// One way the text writes a name (<c>Clara</c>, <c>Clara Thornby</c>, <c>Miss Thornby</c>) and how it is used: in
/// narration (<see cref="Mentions"/>), not at a sentence start (<see cref="MidSentence"/>), in a speech tag
/// (<see cref="Speaks"/>), after in/at/from (<see cref="AfterPlaceWord"/>: a place), addressed in a quote
/// (<see cref="Addressed"/>), or as the first-person narrator's name (<see cref="Narrator"/>).
/// </summary>
internal sealed class NameForm(string? title, string[] words)
{
    /// <summary>The title as written (<c>Mrs.</c>), or null.</summary>
    public string? Title { get; } = title;

    public string[] Words { get; } = words;

    public string Text { get; } = title is null ? string.Join(' ', words) : title + " " + string.Join(' ', words);

    public int Mentions { get; set; }

    public int MidSentence { get; set; }

    public int Speaks { get; set; }

    public int AfterPlaceWord { get; set; }

    /// <summary>Times a quote addresses it ("Sit down, Danny.", "Ada, I mean it."): someone spoken to is a person.</summary>
    public int Addressed { get; set; }

    /// <summary>Times the narration gives it as the narrator's own ("My name is Sam Dorrit").</summary>
    public int Narrator { get; set; }

    /// <summary>Times the first word appears in lower case anywhere in the text ("will", "grace").</summary>
    public int LowerCase { get; set; }
}
