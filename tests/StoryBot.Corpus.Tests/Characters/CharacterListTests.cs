using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Tests.Characters;

public class CharacterListTests
{
    [Fact]
    public void Parse_ValidList_ReadsNamesAliasesAndGender()
    {
        var list = CharacterList.Parse("""{"characters":[{"name":"Naruto Uzumaki","aliases":["Naruto","Uzumaki Naruto"],"gender":"male"},{"name":"Sakura"}]}""");
        Assert.Equal(2, list.Characters.Count);
        Assert.Equal("Naruto Uzumaki", list.Characters[0].Name);
        Assert.Equal(["Naruto", "Uzumaki Naruto"], list.Characters[0].Aliases);
        Assert.Equal(Gender.Male, list.Characters[0].Gender);
        Assert.Equal(Gender.Unknown, list.Characters[1].Gender);
        Assert.Empty(list.Characters[1].Aliases);
    }

    [Theory]
    [InlineData("{\"characters\":[{\"name\":\"A\"}", "not valid JSON")]
    [InlineData("[]", "\"characters\" array")]
    [InlineData("{\"characters\":{}}", "\"characters\" array")]
    [InlineData("{\"characters\":[{\"aliases\":[]}]}", "characters[0] needs a non-empty string \"name\"")]
    [InlineData("{\"characters\":[{\"name\":\"A\",\"gender\":\"robot\"}]}", "\"gender\" must be")]
    [InlineData("{\"characters\":[{\"name\":\"A\",\"aliases\":\"B\"}]}", "\"aliases\" must be an array")]
    [InlineData("{\"characters\":[{\"name\":\"A\"},{\"name\":\"a\"}]}", "listed twice")]
    public void Parse_BadInput_ThrowsFormatExceptionSayingWhere(string json, string expected)
    {
        var ex = Assert.Throws<FormatException>(() => CharacterList.Parse(json));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedCharacters_CoverEveryLabelledSpeaker()
    {
        var list = CharacterList.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "characters.json")));
        var names = list.Characters.Select(c => c.Name).ToHashSet();
        Assert.All(Attribution.SeedLabel.Load().Where(l => l.Speaker.Length > 0), l => Assert.Contains(l.Speaker, names));
        Assert.All(list.Characters, c => Assert.NotEqual(Gender.Unknown, c.Gender));
    }
}
