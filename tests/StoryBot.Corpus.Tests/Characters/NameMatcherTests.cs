using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Tests.Support;
using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Tests.Characters;

public class NameMatcherTests
{
    private static NameMatch MatchFirst(CharacterList list, string text, bool ignoreCase = false)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return list.Matcher.Match(text, tokens, 0, ignoreCase);
    }

    private static string? NameOf(CharacterList list, NameMatch match) => match.IsCharacter ? list.Characters[match.Character].Name : null;

    [Theory]
    [InlineData("Naruto-kun smiled", "Naruto Uzumaki")]
    [InlineData("Tsunade-sama said", "Tsunade")]
    [InlineData("Kakashi-sensei said", "Kakashi Hatake")]
    [InlineData("Tsunade-baa-chan said", "Tsunade")]
    [InlineData("Uzumaki Naruto said", "Naruto Uzumaki")]
    [InlineData("Naruto Uzumaki said", "Naruto Uzumaki")]
    [InlineData("Lee said", "Rock Lee")]
    [InlineData("Uchiha said", "Sasuke Uchiha")]
    [InlineData("Baa-chan said", "Tsunade")]
    public void Match_NameForms_FindTheCharacter(string text, string expected) =>
        Assert.Equal(expected, NameOf(TestCharacters.Naruto, MatchFirst(TestCharacters.Naruto, text)));

    [Fact]
    public void Match_Possessive_IsFlagged()
    {
        var match = MatchFirst(TestCharacters.Naruto, "Naruto's nails dug in");
        Assert.True(match.IsCharacter);
        Assert.True(match.Possessive);
    }

    [Fact]
    public void Match_LastNameSharedByTwoCharacters_IsAmbiguous()
    {
        var match = MatchFirst(TestCharacters.Naruto, "Hyuga said");
        Assert.True(match.Success);
        Assert.True(match.Ambiguous);
    }

    [Fact]
    public void Match_AliasSharedByTwoCharacters_IsAmbiguous()
    {
        var list = new CharacterList([new Character("Rin Nohara", ["Rin"]), new Character("Rin Tohsaka", ["Rin"])]);
        Assert.True(MatchFirst(list, "Rin said").Ambiguous);
    }

    [Fact]
    public void Match_HonorificNicknameNotListed_IsNotAName()
    {
        var list = new CharacterList([new Character("Tsunade", [], Gender.Female)]);
        Assert.False(MatchFirst(list, "Baa-chan said").Success);
    }

    [Theory]
    [InlineData("Mr. Weasley said", "Arthur Weasley")]
    [InlineData("Mrs. Weasley said", "Molly Weasley")]
    [InlineData("Dr. Hollis said", "Dr. Hollis")]
    public void Match_Titles_PickByGenderAmongSharedSurnames(string text, string expected) =>
        Assert.Equal(expected, NameOf(TestCharacters.Novel, MatchFirst(TestCharacters.Novel, text)));

    [Fact]
    public void Match_Lowercase_OnlyWhenAsked()
    {
        Assert.False(MatchFirst(TestCharacters.Naruto, "lee said").Success);
        Assert.Equal("Rock Lee", NameOf(TestCharacters.Naruto, MatchFirst(TestCharacters.Naruto, "lee said", ignoreCase: true)));
    }

    [Fact]
    public void Match_AliasWords_DoNotBecomeNames()
    {
        var list = new CharacterList([new Character("Minato Namikaze", ["Fourth Hokage"], Gender.Male)]);
        Assert.False(MatchFirst(list, "Fourth time lucky").Success);
        Assert.True(MatchFirst(list, "Fourth Hokage said").IsCharacter);
    }

    [Theory]
    [InlineData("Naruto-kun smiled at Uzumaki Naruto and Mr. Weasley, then Baa-chan's tea")]
    [InlineData("said lee to Tsunade-sama")]
    public void Match_SpanOverload_AgreesWithListOverloadAtEveryToken(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var matcher = TestCharacters.Naruto.Matcher;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var ignoreCase in new[] { false, true })
            {
                Assert.Equal(matcher.Match(text, tokens, i, ignoreCase), matcher.Match(text, tokens.ToArray().AsSpan(), i, ignoreCase));
            }
        }
    }
}
