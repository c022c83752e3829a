namespace StoryBot.Corpus.Attribution;

/// <summary>Names of the sieves, as stored in <see cref="Model.AttributedLine.Sieve"/>, most precise first.</summary>
public static class Sieves
{
    /// <summary>A speech verb and a name next to the quote: "…," said Lee / Naruto yelled "…" / "…" Naruto asked.</summary>
    public const string NamedTag = "named-tag";

    /// <summary>The second part of an interrupted quote, or a quote right after the tag of the previous one: same speaker.</summary>
    public const string Continuation = "continuation";

    /// <summary>A paragraph that ends in a speech tag ("Shikamaru … said with conviction,") and the quote that opens the next.</summary>
    public const string ParagraphTag = "paragraph-tag";

    /// <summary>A quote whose closing mark is missing, continued by the next paragraph: same speaker.</summary>
    public const string MultiParagraph = "multi-paragraph";

    /// <summary>"he said" where the only male character in play is known.</summary>
    public const string PronounTag = "pronoun-tag";

    /// <summary>An action beat: the sentence right before the quote has a character as its subject.</summary>
    public const string ActionBeat = "action-beat";

    /// <summary>The reply to a line that addressed a character by name.</summary>
    public const string Addressee = "addressee";

    /// <summary>Two-person turn-taking anchored by named turns on both sides.</summary>
    public const string Alternation = "alternation";

    /// <summary>A tag names someone not on the character list ("a drunk villager"); kept as a mention, never trivia.</summary>
    public const string Mention = "mention";
}
