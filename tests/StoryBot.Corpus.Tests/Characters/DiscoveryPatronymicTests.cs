using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// Russian names in translation: a given name with its patronymic (<c>Pyotr Andreyevitch</c>) is the person the text
/// once names in full (<c>Pyotr Andreyevitch Gorsky</c>), the patronymic says the gender, and the surname's gender forms
/// (<c>Zarubin</c> / <c>Zarubina</c>, <c>Gorsky</c> / <c>Gorskaya</c>) are different people.
/// </summary>
public class DiscoveryPatronymicTests
{
    [Fact]
    public void Resolve_GivenNameAndPatronymic_JoinsTheFullNameAndItsSurname()
    {
        var text = """
            Stepan Arkadyevitch Oblonsky woke at eight o'clock, and rang for his valet.

            "Is the carriage ready?" said Stepan Arkadyevitch.

            "It is at the door," said Matvey.

            "Then I shall go," said Oblonsky, and he put on his coat.

            "You will be late," said Matvey.

            "I am always late," said Stepan Arkadyevitch.
            """;

        var cast = Cast(text);
        var names = cast.Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Stepan Arkadyevitch Oblonsky", names);
        Assert.DoesNotContain("Stepan Arkadyevitch", names);
        Assert.DoesNotContain("Oblonsky", names);
        var stepan = cast.Entries.Single(e => e.Character.Name == "Stepan Arkadyevitch Oblonsky").Character;
        Assert.Contains("Stepan Arkadyevitch", stepan.Aliases);
        Assert.Contains("Oblonsky", stepan.Aliases);
    }

    [Theory]
    [InlineData("Pyotr Andreyevitch", Gender.Male)]
    [InlineData("Pyotr Andreyevich", Gender.Male)]
    [InlineData("Ivan Ilyitch", Gender.Male)]
    [InlineData("Marya Ivanovna", Gender.Female)]
    [InlineData("Darya Alexandrovna", Gender.Female)]
    public void Resolve_Patronymic_SaysTheGender(string name, Gender expected)
    {
        // No pronoun refers to the name, and neither given name is in the list of common English ones.
        var text = $"""
            "The samovar is cold," said {name}.

            "Then we shall have it heated," said Tikhon Gurov.

            "There is no coal," said {name}.

            "There is always coal," said Tikhon Gurov.
            """;

        var entry = Cast(text).Entries.Single(e => e.Character.Name == name);

        Assert.Equal(expected, entry.Character.Gender);
    }

    [Fact]
    public void Resolve_SurnameGenderForms_AreDifferentPeople()
    {
        var text = """
            Zarubin and Zarubina came down to breakfast together, and Gorsky was already at the table with Gorskaya.

            "You are early," said Zarubin.

            "We are always early," said Gorskaya.

            "Not always," said Zarubina.

            "Always, in the country," said Gorsky.

            "The coffee is cold," said Zarubina.

            "Then ring," said Zarubin.

            "I have rung twice," said Gorskaya.

            "Ring again," said Gorsky.
            """;

        var cast = Cast(text);
        var names = cast.Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Zarubin", names);
        Assert.Contains("Zarubina", names);
        Assert.Contains("Gorsky", names);
        Assert.Contains("Gorskaya", names);
        Assert.All(cast.Entries, e => Assert.DoesNotContain(e.Character.Aliases, a => a is "Zarubin" or "Zarubina" or "Gorsky" or "Gorskaya"));
    }

    [Fact]
    public void Resolve_EnglishSurnameEndingLikeAPatronymic_SaysNoGender()
    {
        // Aldrich, Goodrich, Dietrich are surnames, not patronymics: Leslie Aldrich's gender stays unknown.
        var text = """
            "The gate is shut," said Leslie Aldrich.

            "Then open it," said Tikhon Gurov.

            "It is locked," said Leslie Aldrich.

            "Then climb it," said Tikhon Gurov.
            """;

        var entry = Cast(text).Entries.Single(e => e.Character.Name == "Leslie Aldrich");

        Assert.Equal(Gender.Unknown, entry.Character.Gender);
    }

    private static CharacterCast Cast(string text) => CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "p.txt")]);
}
