using System.Globalization;
using System.Text.RegularExpressions;
using StoryBot.Excerpts;
using StoryBot.Tests.Support;
using StoryBot.Tests.Trivia.Support;

namespace StoryBot.Tests.Shell;

/// <summary>The console shell on the imported seeds: what members read and type, as in docs/host-shell-transcript.txt.</summary>
public sealed partial class SeedShellTests
{
    private const string Story000 = "untitled-naruto-never-thought-he-could-hate";

    [Fact]
    public async Task Excerpt_PagingThroughAChapter_NoPageSpansASceneBreakAndHeadingsShow()
    {
        var transcript = await RunAsync($"/excerpt story:{Story000} chapter:1\n" + string.Concat(Enumerable.Repeat("2\n", 16)));

        // Story 000: scene 1 is ¶ 1–27 (Outskirts of Tanazuka Gai), scene 2 ¶ 28–41 (Inside the Seal), scene 3 ¶ 42–45 (Outskirts of Konoha).
        (int Scene, int First, int Last)[] scenes = [(1, 1, 27), (2, 28, 41), (3, 42, 45)];
        var pages = Positions().Matches(transcript).Select(m => (Scene: Int(m, 1), First: Int(m, 2), Last: m.Groups[3].Success ? Int(m, 3) : Int(m, 2))).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var scene = scenes.Single(s => s.Scene == page.Scene);
            Assert.InRange(page.First, scene.First, scene.Last);
            Assert.InRange(page.Last, scene.First, scene.Last);
        });
        Assert.Contains(pages, page => page.Scene == 3 && page.First == 42);
        Assert.Contains("│ *— Outskirts of Konoha —*", transcript, StringComparison.Ordinal);
        Assert.Contains("│ *— Inside the Seal —*", transcript, StringComparison.Ordinal);
        Assert.Contains("│ *— Outskirts of Tanazuka Gai —*", transcript, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/excerpt search:near", "Searched: near")]
    [InlineData("/excerpt search:near dead", "Searched: near · dead")]
    [InlineData("/excerpt search:\"nine tails\"", "Searched: “nine tails” — no passage has all of it")]
    [InlineData("/excerpt search:" + ExcerptExamples.SearchWord, "Searched: " + ExcerptExamples.SearchWord)]
    [InlineData("/excerpt search:" + ExcerptExamples.SearchPhrase, "Searched: “near dead”")]
    public async Task Excerpt_Search_FindsAndSaysWhatWasSearched(string command, string footer)
    {
        var transcript = await RunAsync(command + "\n");

        Assert.Contains("│ " + footer, transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("(only you can see this)", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excerpt_SearchNearDead_BoldsBothWords()
    {
        var transcript = await RunAsync("/excerpt search:near dead\n");

        Assert.Contains("**near** **dead**", transcript, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Help_SearchExample_FindsSomething()
    {
        var transcript = await RunAsync("/help\n/excerpt search:" + ExcerptExamples.SearchWord + "\n");

        Assert.Contains("`/excerpt search:" + ExcerptExamples.SearchWord + "`", transcript, StringComparison.Ordinal);
        Assert.Contains("**" + ExcerptExamples.SearchWord + "**", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excerpt_StoryWordSharedBySeveralStories_ListsThemInsteadOfPicking()
    {
        var transcript = await RunAsync("/excerpt story:naruto\n/story info story:naruto\n");

        Assert.Contains("“naruto” matches 3 stories", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("┌─", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_Character_OffersOnlyNamesThatCanBeServed()
    {
        var transcript = await RunAsync(":complete /excerpt character:ta\n/excerpt character:Tayuya\n");

        Assert.DoesNotContain("  Tayuya", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Excerpt_Character_SaysWhetherTheySpeakOrAreMentioned()
    {
        var transcript = await RunAsync("/excerpt character:Tsunade\n/excerpt character:Kakashi\n");

        Assert.Contains("│ Tsunade speaks in this passage.", transcript, StringComparison.Ordinal);
        Assert.Matches("│ Kakashi[^\\n]* (speaks|is mentioned) in this passage", transcript);
    }

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string script)
    {
        await using var library = await TestLibrary.CreateAsync(seed: false);
        return await ShellRunner.RunAsync(library.ConnectionString, script, new Dictionary<string, string?>
        {
            ["Stories:ImportOnStart"] = "true",
            ["Stories:SeedPath"] = RepositoryPaths.Seeds,
        });
    }

    [GeneratedRegex(@"│ Position: Scene (\d+) · ¶ (\d+)(?:–(\d+))? of \d+")]
    private static partial Regex Positions();
}
