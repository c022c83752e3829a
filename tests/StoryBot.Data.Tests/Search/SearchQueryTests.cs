using StoryBot.Data.Search;

namespace StoryBot.Data.Tests.Search;

public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Rasengan", "\"Rasengan\"")]
    [InlineData("nine tails", "\"nine\" \"tails\"")]
    [InlineData("\"nine tails\" fox", "\"nine tails\" \"fox\"")]
    [InlineData("Rasen*", "\"Rasen\"*")]
    [InlineData("NEAR(a b)", "\"NEAR\" \"a\" \"b\"")]
    [InlineData("title:naruto -sasuke", "\"title\" \"naruto\" \"sasuke\"")]
    [InlineData("\"unbalanced quote", "\"unbalanced\" \"quote\"")]
    [InlineData("naruto AND OR NOT", "\"naruto\" \"AND\" \"OR\" \"NOT\"")]
    [InlineData("Kyūbi", "\"Kyūbi\"")]
    public void Build_UserText_QuotesEveryWord(string input, string expected)
    {
        Assert.Equal(expected, SearchQuery.Build(input).Match);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData("*** --- ::: ()")]
    [InlineData(null)]
    public void Build_NothingSearchable_ReturnsMessage(string? input)
    {
        var (match, message) = SearchQuery.Build(input);

        Assert.Null(match);
        Assert.False(string.IsNullOrWhiteSpace(message));
    }

    [Fact]
    public void Build_ManyWords_CapsTerms()
    {
        string match = SearchQuery.Build(string.Join(' ', Enumerable.Range(0, 100).Select(i => $"w{i}"))).Match!;

        Assert.Equal(SearchQuery.MaxTerms, match.Split(' ').Length);
    }

    [Fact]
    public void BuildWhole_TermsWithQuotes_QuotesEveryWordJoinedByAnd()
    {
        Assert.Equal("\"train\" AND \"a\"\"b\"", SearchQuery.BuildWhole(["train", "a\"b"]));
    }

    [Fact]
    public void BuildCompleting_UnknownTerm_BecomesAPrefix()
    {
        Assert.Equal("\"train\" OR \"rasen\"*", SearchQuery.Match(ParsedQuery.Parse("train rasen").Terms, new HashSet<string> { "train" }, anyTerm: true));
    }
}
