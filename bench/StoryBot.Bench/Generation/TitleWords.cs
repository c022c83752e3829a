namespace StoryBot.Bench.Generation;

/// <summary>Word lists for invented story and chapter titles, author names, places and notes.</summary>
internal static class TitleWords
{
    public static readonly string[] Adjectives =
        ["Second", "Broken", "Silent", "Crimson", "Forgotten", "Hidden", "Last", "Burning", "Hollow", "Golden", "Fallen", "Endless",
         "Shattered", "Quiet", "Wandering", "Bitter", "Frozen", "Distant", "Stolen", "Sleeping"];

    public static readonly string[] Nouns =
        ["Chances", "Leaves", "Promises", "Storms", "Bonds", "Shadows", "Oaths", "Seals", "Tides", "Embers", "Roads", "Masks",
         "Winds", "Echoes", "Scrolls", "Threads", "Mirrors", "Gates", "Wings", "Stars"];

    public static readonly string[] Places =
        ["Konoha", "the Valley of the End", "Hokage Tower", "Training Ground Seven", "Suna", "the Forest of Death", "Wave Country",
         "Tanazuka Gai", "the Hidden Mist", "the Academy", "Ichiraku Ramen", "the Hyuga Compound"];

    public static readonly string[] ChapterNouns =
        ["Regrets", "Return", "The Bridge", "Old Friends", "Keys", "A Mother's Tears", "The Exam", "Homecoming", "First Blood",
         "Reunion", "The Deal", "Aftermath", "Lessons", "The Chase", "Confessions", "Ashes", "Dawn", "Crossroads"];

    public static readonly string[] PenNames =
        ["Cybergades", "InkFox", "Kitsune Tales", "moonlitquill", "ShadowScribe", "RamenLover", "LeafWriter", "nightowl88", "Sage of Pages",
         "WhisperingWillow", "TenTenFan", "QuietStorm"];

    public static readonly string[] Ratings = ["K", "K+", "T", "T", "T", "M", "Teen And Up Audiences", "General Audiences", "MA"];

    public static readonly string[] SceneRules = ["* * *", "***", "oOo", "~~~", "---", "xXx", "Line Break"];

    public static readonly string[] Numbers =
        ["One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen",
         "Sixteen", "Seventeen", "Eighteen", "Nineteen", "Twenty"];

    public static readonly string[] Notes =
        ["A/N: Thanks for all the reviews! This one took a while.", "Disclaimer: I don't own Naruto.",
         "A/N: Sorry for the wait, exams. Enjoy!", "Author's Note: Un-beta'd, all mistakes are mine."];
}
