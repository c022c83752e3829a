using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>Closed word lists the sieves read: speech and thought verbs, manner adverbs, pronouns, prepositions.</summary>
internal static class Lexicon
{
    private static readonly HashSet<string> SpeechVerbs = Set(
        "said", "says", "say", "saying", "asked", "asks", "ask", "replied", "replies", "reply", "answered", "answers", "answer",
        "yelled", "yells", "yell", "shouted", "shouts", "shout", "screamed", "screams", "scream", "cried", "cries", "whispered",
        "whispers", "whisper", "muttered", "mutters", "mutter", "murmured", "murmurs", "growled", "growls", "snarled", "snarls",
        "hissed", "hisses", "barked", "barks", "snapped", "snaps", "called", "calls", "exclaimed", "exclaims", "declared",
        "declares", "stated", "states", "added", "adds", "continued", "continues", "spoke", "speaks", "speak", "responded",
        "responds", "retorted", "retorts", "demanded", "demands", "pleaded", "pleads", "begged", "begs", "ordered", "orders",
        "commanded", "commands", "interrupted", "interrupts", "stammered", "stammers", "stuttered", "stutters", "mumbled",
        "mumbles", "grumbled", "grumbles", "groaned", "groans", "moaned", "moans", "rumbled", "rumbles", "roared",
        "roars", "bellowed", "bellows", "howled", "howls", "breathed", "breathes", "gasped", "gasps", "sobbed", "sobs", "wailed",
        "wails", "whimpered", "whimpers", "sneered", "sneers", "spat", "spits", "drawled", "drawls", "quipped", "quips", "joked",
        "jokes", "teased", "teases", "agreed", "agrees", "admitted", "admits", "explained", "explains", "insisted", "insists",
        "suggested", "suggests", "offered", "offers", "promised", "promises", "warned", "warns", "announced", "announces",
        "repeated", "repeats", "remarked", "remarks", "commented", "comments", "noted", "notes", "observed", "observes",
        "inquired", "inquires", "enquired", "enquires", "queried", "queries", "protested", "protests", "objected", "objects",
        "argued", "argues", "complained", "complains", "whined", "whines", "hollered", "hollers", "squeaked", "squeaks",
        "squealed", "squeals", "purred", "purrs", "grunted", "grunts", "huffed", "huffs", "blurted", "blurts", "chirped",
        "chirps", "finished", "finishes", "corrected", "corrects", "conceded", "concedes", "rasped", "rasps", "croaked",
        "croaks", "boomed", "booms", "thundered", "thunders", "sang", "sings", "addressed", "addresses", "greeted", "greets",
        "shrieked", "shrieks", "screeched", "screeches", "mouthed", "mouths", "uttered", "utters", "confessed", "confesses",
        "assured", "assures", "reassured", "reassures", "urged", "urges", "prompted", "prompts", "stuttered", "lied", "lies", "told",
        "tells", "cooed", "trilled", "piped", "gushed", "babbled", "ranted", "raved", "pressed", "persisted", "countered", "echoed",
        "mused", "muses", "wondered", "wonders", "thought", "thinks", "think", "thinking", "pondered", "ponders", "reflected",
        "reflects", "recalled", "recalls", "interposed", "interposes", "ejaculated", "remonstrated", "expostulated", "assented",
        "demurred", "vociferated", "reiterated");

    // Nineteenth-century tags that are also ordinary verbs ("he returned to the house"): a tag only right after a quote.
    private static readonly HashSet<string> PostTagVerbs = Set(
        "returned", "returns", "rejoined", "rejoins", "resumed", "resumes", "pursued", "pursues", "began", "begins",
        "proceeded", "concluded", "faltered", "ventured");

    // Sounds that tag a quote only when they follow it after a comma, ! or ?: "Was that all?" Orochimaru laughed. After a
    // full stop they are a listener's reaction ("…kicked." Naruto laughed), and they never make a sentence before a
    // quote into a tag.
    private static readonly HashSet<string> BeatVerbs = Set(
        "laughed", "laughs", "chuckled", "chuckles", "smirked", "smirks", "sighed", "sighs", "giggled", "giggles", "snorted",
        "snorts", "sniffed", "sniffs", "sniffled", "snickered", "snickers", "cackled", "cackles", "scoffed", "scoffs", "grinned",
        "grins", "smiled", "smiles", "beamed", "panted", "wheezed", "coughed");

    private static readonly HashSet<string> ThoughtVerbs = Set(
        "thought", "thinks", "think", "thinking", "wondered", "wonders", "mused", "muses", "pondered", "ponders", "reflected",
        "reflects", "recalled", "recalls");

    private static readonly HashSet<string> Adverbs = Set(
        "then", "again", "finally", "quickly", "simply", "just", "now", "still", "softly", "quietly", "loudly", "slowly", "back",
        "aloud", "out", "up", "too", "also", "suddenly", "once", "only", "even", "at", "last", "first", "calmly");

    private static readonly HashSet<string> Prepositions = Set(
        "to", "at", "with", "of", "from", "for", "by", "on", "in", "into", "onto", "over", "under", "behind", "toward", "towards",
        "about", "like", "than", "as", "beside", "besides", "near", "past", "through", "around", "against", "without", "after",
        "before", "upon", "across", "between", "among", "off", "beyond", "unlike", "except", "despite", "inside", "outside");

    private static readonly HashSet<string> Determiners = Set(
        "the", "a", "an", "one", "another", "his", "her", "their", "its", "some", "that", "this", "each", "every", "other");

    private static readonly HashSet<string> Interjections = Set(
        "oh", "hey", "ah", "dammit", "damn", "ok", "okay", "yes", "no", "well", "look", "please", "come", "on", "yeah", "yea",
        "hai", "listen", "hi", "hello", "bye", "sorry", "thanks", "and", "but", "so", "wait", "god", "shh", "shhh", "geez",
        "jeez", "man", "um", "uh", "er", "now", "alright", "right", "fine", "good", "morning", "night", "evening", "dear", "my");

    private static readonly WordSet SpeechLookup = new(SpeechVerbs);
    private static readonly WordSet PostTagLookup = new(PostTagVerbs);
    private static readonly WordSet BeatLookup = new(BeatVerbs);
    private static readonly WordSet ThoughtLookup = new(ThoughtVerbs);
    private static readonly WordSet AdverbLookup = new(Adverbs);
    private static readonly WordSet PrepositionLookup = new(Prepositions);
    private static readonly WordSet DeterminerLookup = new(Determiners);
    private static readonly WordSet InterjectionLookup = new(Interjections);

    /// <summary>A verb that tags a quote wherever it stands: said, yelled, asked, whispered, thought …</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechLookup.Contains(word);

    /// <summary>A verb that tags only right after a quote (returned, rejoined, resumed …); not in <see cref="IsSpeechVerb"/>.</summary>
    public static bool IsPostTagVerb(ReadOnlySpan<char> word) => PostTagLookup.Contains(word);

    public static bool IsBeatVerb(ReadOnlySpan<char> word) => BeatLookup.Contains(word);

    public static bool IsThoughtVerb(ReadOnlySpan<char> word) => ThoughtLookup.Contains(word);

    /// <summary>An adverb that may sit inside a tag: "said quietly", "Naruto then asked", "replied softly".</summary>
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        AdverbLookup.Contains(word) || (word.Length > 3 && word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !word.Equals("only", StringComparison.OrdinalIgnoreCase));

    public static bool IsPreposition(ReadOnlySpan<char> word) => PrepositionLookup.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => DeterminerLookup.Contains(word);

    public static bool IsInterjection(ReadOnlySpan<char> word) => InterjectionLookup.Contains(word);

    /// <summary>A group as the subject of a tag ("cried they all", "everybody shouted"): nobody listed says it.</summary>
    public static bool IsGroupSubject(ReadOnlySpan<char> word) => GroupLookup.Contains(word);

    /// <summary>A word that names what a quote holds as a term, not speech: what he called "the good rake", the word "please".</summary>
    public static bool IsNamingWord(ReadOnlySpan<char> word) => NamingLookup.Contains(word);

    /// <summary>A verb that makes what follows a description of its subject: "He was a tall man", "she seemed a kind woman".</summary>
    public static bool IsCopula(ReadOnlySpan<char> word) => CopulaLookup.Contains(word);

    private static readonly WordSet CopulaLookup = new(Set("was", "is", "were", "are", "be", "been", "being", "seemed", "seems", "became", "becomes", "remained", "looked", "as", "like"));

    private static readonly HashSet<string> GroupSubjects = Set("they", "everybody", "everyone", "all", "both", "together");

    private static readonly HashSet<string> NamingWords = Set(
        "called", "calling", "call", "calls", "named", "naming", "dubbed", "nicknamed", "word", "words", "term", "phrase", "titled",
        "entitled", "labelled", "labeled", "marked", "spelled", "spelt");

    private static readonly WordSet GroupLookup = new(GroupSubjects);

    private static readonly WordSet NamingLookup = new(NamingWords);

    /// <summary>He, she (and he'd, she'll …) as the subject of a tag; the gender it points to.</summary>
    public static Model.Gender SubjectPronoun(ReadOnlySpan<char> word)
    {
        var apostrophe = word.IndexOfAny('\'', '\u2019');
        if (apostrophe > 0)
        {
            word = word[..apostrophe];
        }

        if (word.Equals("he", StringComparison.OrdinalIgnoreCase))
        {
            return Model.Gender.Male;
        }

        return word.Equals("she", StringComparison.OrdinalIgnoreCase) ? Model.Gender.Female : Model.Gender.Unknown;
    }

    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ReportedSpeechOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "if", "whether", "that", "what", "how", "why", "who", "whom", "where", "when", "a", "an", "the", "nothing", "something",
        "anything", "everything", "some", "no", "goodbye", "goodnight", "grace", "it", "so", "this",
    };

    private static readonly WordSet ReportedSpeechOpenerLookup = new(ReportedSpeechOpeners);

    /// <summary>A word after a speech verb that makes it reported speech ("asked if", "said a word", "said nothing").</summary>
    public static bool IsReportedSpeechOpener(ReadOnlySpan<char> word) => ReportedSpeechOpenerLookup.Contains(word);
}
