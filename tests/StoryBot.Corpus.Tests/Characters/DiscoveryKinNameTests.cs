using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>A kin word used as a name (<c>Grandad</c>, <c>Grandmamma</c>, <c>Nyanya</c>) says the gender as a title does.</summary>
public class DiscoveryKinNameTests
{
    [Theory]
    [InlineData("Grandad", Gender.Male)]
    [InlineData("Gramps", Gender.Male)]
    [InlineData("Nyanya", Gender.Female)]
    [InlineData("Grandmamma", Gender.Female)]
    public void Resolve_KinWordAsName_SaysTheGender(string name, Gender expected)
    {
        // No pronoun refers to the name.
        var text = $"""
            {name} was at the window when Ada Vell came in.

            "You are late," said {name}.

            "The bus was slow," said Ada Vell.

            "It always is," said {name}.
            """;

        var entry = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "k.txt")]).Entries.Single(e => e.Character.Name == name);

        Assert.Equal(expected, entry.Character.Gender);
    }
}
