using StoryBot.Data.Search;

namespace StoryBot.Data.Tests.Search;

public class ParsedQueryTests
{
    [Theory]
    [InlineData("near dead", "near · dead")]
    [InlineData("and or not near", "and · or · not · near")]
    [InlineData("\"nine tails\" fox", "“nine tails” · fox")]
    [InlineData("Rasen*", "Rasen*")]
    [InlineData("NEAR(a b)", "NEAR · a · b")]
    [InlineData("\"unbalanced quote", "unbalanced · quote")]
    [InlineData("Konoha's finest", "Konoha's · finest")]
    [InlineData("dead dead DEAD", "dead")]
    public void Parse_EveryWordIsAWord_PhrasesInQuotes(string input, string described)
    {
        Assert.Equal(described, ParsedQuery.Parse(input).Describe());
    }

    [Fact]
    public void Parse_Phrase_OneTermWithItsWordsInOrder()
    {
        var query = ParsedQuery.Parse("\"Nine Tails\"");

        var term = Assert.Single(query.Terms);
        Assert.True(term.IsPhrase);
        Assert.Equal(["Nine", "Tails"], term.Words);
        Assert.Equal(["nine", "tails"], query.Words);
        Assert.True(query.CanLoosen);
        Assert.Equal(["nine", "tails"], query.AllWords.Select(t => t.Display.ToLowerInvariant()));
    }

    [Theory]
    [InlineData(null, "Type a word or two to search for.")]
    [InlineData("  ", "Type a word or two to search for.")]
    [InlineData("*** ---", "There are no words to search for in that; try letters or numbers.")]
    public void Parse_NothingToSearch_Problem(string? input, string problem)
    {
        var query = ParsedQuery.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Equal(problem, query.Problem);
    }

    [Fact]
    public void Match_Fts5_QuotesEveryTermJoinedByAnd()
    {
        Assert.Equal("\"nine tails\" AND \"near\" AND \"rasen\"*", SearchQuery.Match(ParsedQuery.Parse("\"nine tails\" near rasen*").Terms, known: null, anyTerm: false));
    }
}
