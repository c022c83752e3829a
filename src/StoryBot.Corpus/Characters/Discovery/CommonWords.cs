namespace StoryBot.Corpus.Characters.Discovery;

/// <summary>
/// Capitalised words that are never a character's name on their own: sentence openers, pronouns, determiners, the names
/// of God, days and months (but see <see cref="IsMonthName"/>), family roles ("Mother said" is whoever's mother), book structure.
/// </summary>
internal static class CommonWords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "I'm", "I'll", "I'd", "I've", "a", "an", "the", "he", "she", "it", "we", "they", "you", "me", "him", "her", "us", "them",
        "his", "hers", "its", "our", "their", "your", "my", "mine", "this", "that", "these", "those", "there", "here", "then", "now",
        "when", "what", "why", "how", "where", "who", "whom", "whose", "which", "while", "whilst", "after", "before", "as", "if", "but",
        "and", "or", "nor", "so", "yet", "still", "just", "perhaps", "maybe", "yes", "no", "not", "well", "oh", "ah", "o", "alas",
        "indeed", "nothing", "nobody", "everyone", "everybody", "everything", "someone", "somebody", "something", "anyone", "anybody",
        "anything", "none", "all", "both", "each", "every", "neither", "either", "one", "another", "some", "many", "most", "few",
        "never", "always", "again", "even", "only", "also", "too", "very", "much", "more", "less", "at", "in", "on", "by", "for", "with",
        "from", "to", "of", "into", "upon", "without", "within", "through", "although", "though", "because", "since", "until", "unless",
        "once", "twice", "later", "soon", "suddenly", "finally", "instantly", "meanwhile", "presently", "besides", "otherwise", "thus",
        "hence", "therefore", "however", "whereupon", "good", "dear", "poor", "old", "young", "little", "great", "god", "gods", "lord",
        "heaven", "heavens", "christ", "jesus", "providence", "satan", "devil", "mother", "father", "mama", "papa", "mamma", "pappa",
        "mum", "mom", "dad", "daddy", "mummy", "mommy", "grandmother", "grandfather", "granny", "grandma", "grandpa", "brother",
        "sister", "son", "daughter", "baby", "nurse", "cook", "doctor", "captain", "colonel", "general", "professor", "sir", "madam",
        "madame", "monsieur", "miss", "mister", "master", "mistress", "lady", "ma'am", "king", "queen", "prince", "princess",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "july", "september", "october", "november", "december", "chapter", "part", "book", "volume", "section",
        "prologue", "epilogue", "end", "note", "author", "english", "french", "german", "italian", "spanish", "russian", "american",
        "christmas", "easter", "street", "road", "house", "hall", "park", "church", "court", "town", "city", "west", "east", "north",
        "south", "could", "would", "should", "might", "must", "shall", "can", "did", "do", "does", "had", "has", "have", "was",
        "were", "is", "are", "be", "been", "let", "come", "go", "look", "please", "thank", "thanks", "sorry", "hello", "hey", "hi",
        "okay", "ok", "right", "sure", "fine", "next", "first", "last", "other", "such", "same", "own", "whatever", "whoever",
        "wherever", "somewhere", "nowhere", "everywhere", "today", "tomorrow", "yesterday", "tonight", "morning", "evening", "night",
        "ma", "pa", "nana", "gran", "kid", "honey", "darling", "sweetheart", "buddy", "pal", "mate", "lad", "lass", "boss", "guys",
        "folks",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);

    /// <summary>Months that are also given names (<c>June</c>, <c>April</c>): read as names, kept only when they speak or are spoken to.</summary>
    public static bool IsMonthName(string word) => word is "June" or "April";
}
