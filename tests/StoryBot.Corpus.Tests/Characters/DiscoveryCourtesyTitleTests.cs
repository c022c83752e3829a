using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// Courtesy titles of other languages (<c>Herr</c>, <c>Frau</c>, <c>Fräulein</c>, <c>Monsieur</c>, <c>Mme.</c>,
/// <c>Signor</c>, <c>Señora</c>, <c>Doña</c> …) are titles as <c>Mr.</c> and <c>Mrs.</c> are: <c>Herr Brandt</c> and
/// <c>Frau Brandt</c> are two people of known gender, and <c>Brandt</c> alone is either.
/// </summary>
public class DiscoveryCourtesyTitleTests
{
    private const string Pension = """
        Herr Brandt carried the trunk up the stair. Frau Brandt waited at the top with the keys.

        "The rooms are ready," said Frau Brandt.

        "The boxes are heavy," said Herr Brandt.

        "Then carry them slowly," said Frau Brandt.

        "I always do," said Herr Brandt. Brandt was never in a hurry.
        """;

    [Fact]
    public void Resolve_HerrAndFrauWithOneSurname_AreTwoPeopleOfKnownGender()
    {
        var chapter = ChapterParser.ParseText(Pension, "p.txt");
        var cast = CharacterDiscovery.Resolve([chapter]);

        var herr = Assert.Single(cast.Entries, e => e.Character.Name == "Herr Brandt");
        var frau = Assert.Single(cast.Entries, e => e.Character.Name == "Frau Brandt");
        Assert.Equal(Gender.Male, herr.Character.Gender);
        Assert.Equal(Gender.Female, frau.Character.Gender);
        Assert.DoesNotContain(cast.Entries, e => e.Character.Name == "Brandt");

        var lines = SpeakerAttributor.Attribute(chapter, cast.List);
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("The boxes", StringComparison.Ordinal) && l.Speaker == "Herr Brandt");
        Assert.Contains(lines, l => l.Quote.Text.StartsWith("The rooms", StringComparison.Ordinal) && l.Speaker == "Frau Brandt");
    }

    [Fact]
    public void Resolve_MonsieurAndMadame_AreTwoPeopleAndTheSurnameAloneIsEither()
    {
        var text = """
            Monsieur Lefèvre was small and round; Madame Lefèvre was taller than her husband.

            "It rains every day," said Monsieur Lefèvre.

            "Every day at four," said Madame Lefèvre.

            "One could set one's watch," said Monsieur Lefèvre.

            "You always do," said Madame Lefèvre. Lefèvre laughed.
            """;

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "l.txt")]);

        var monsieur = Assert.Single(cast.Entries, e => e.Character.Name == "Monsieur Lefèvre");
        Assert.Equal(Gender.Male, monsieur.Character.Gender);
        Assert.Single(cast.Entries, e => e.Character.Name == "Madame Lefèvre");
        var tokens = new List<StoryBot.Corpus.Text.Token>();
        StoryBot.Corpus.Text.Tokenizer.Tokenize("Lefèvre", 0, "Lefèvre".Length, tokens);
        Assert.True(cast.List.Matcher.Match("Lefèvre", tokens, 0).Ambiguous);
    }

    [Theory]
    [InlineData("Signor", Gender.Male)]
    [InlineData("Señora", Gender.Female)]
    [InlineData("Fräulein", Gender.Female)]
    [InlineData("Doña", Gender.Female)]
    [InlineData("Mme.", Gender.Female)]
    public void Resolve_CourtesyTitle_SaysTheGender(string title, Gender expected)
    {
        // No pronoun refers to the name; the given-name list knows nobody called Orsini.
        var text = $"""
            {title} Orsini was at the window when Ada Vell came in.

            "You are late," said {title} Orsini.

            "The bus was slow," said Ada Vell.

            "It always is," said {title} Orsini.
            """;

        var entry = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "o.txt")]).Entries.Single(e => e.Character.Name.EndsWith("Orsini", StringComparison.Ordinal));

        Assert.Equal(title + " Orsini", entry.Character.Name);
        Assert.Equal(expected, entry.Character.Gender);
    }
}
