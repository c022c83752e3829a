using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

public class CharacterDiscoveryTests
{
    private const string Parlour = """
        Clara Thornby sat by the fire. Her aunt was knitting.

        "It is cold," said Mr. Thornby. He rubbed his hands.

        "Then sit nearer," Clara replied. She moved her chair.

        "I shall not," said Miss Thornby. She did not look up from her needles.

        "God knows it is cold enough," Mr. Thornby said. He went to the window and looked out towards London.

        "You always say so," said Clara. She laughed at him.

        Thornby came in from the hall. "The carriage is here," said Thornby.

        "Thank you," Miss Thornby said. She rose and put away her knitting.

        Still nobody moved. In London it would be colder.
        """;

    [Fact]
    public void Resolve_TitledNamesSharingASurname_AreDifferentPeopleAndTheSurnameAloneIsAmbiguous()
    {
        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(Parlour, "p.txt")]);
        var names = cast.Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Mr. Thornby", names);
        Assert.Contains("Miss Thornby", names);
        Assert.Contains("Clara Thornby", names);
        Assert.DoesNotContain("Thornby", names);
        Assert.DoesNotContain("God", names);
        Assert.DoesNotContain("London", names);
        Assert.DoesNotContain("Still", names);
        Assert.Contains("Clara", cast.Entries.Single(e => e.Character.Name == "Clara Thornby").Character.Aliases);
        Assert.All(cast.Entries, e => Assert.Equal(CharacterSource.Text, e.Source));

        var matcher = cast.List.Matcher;
        Assert.True(Match(matcher, "Thornby").Ambiguous);
        Assert.Equal("Miss Thornby", Name(cast, Match(matcher, "Miss Thornby")));
        Assert.Equal("Clara Thornby", Name(cast, Match(matcher, "Clara")));
        Assert.True(Match(matcher, "Mrs. Thornby").Ambiguous, "Mrs. Thornby is neither Mr. nor Miss Thornby");
    }

    [Fact]
    public void Resolve_TextOnly_GenderFromTitlesAndPronouns()
    {
        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(Parlour, "p.txt")]);

        Assert.Equal(Gender.Male, GenderOf(cast, "Mr. Thornby"));
        Assert.Equal(Gender.Female, GenderOf(cast, "Miss Thornby"));
        Assert.Equal(Gender.Female, GenderOf(cast, "Clara Thornby"));
    }

    [Fact]
    public void Resolve_CharactersJson_IsUsedAsIs()
    {
        var listed = new CharacterList([new Character("Edmund Pike", ["Edmund"], Gender.Male)]);

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(Parlour, "p.txt")], listed, ["Clara Thornby"]);

        var entry = Assert.Single(cast.Entries);
        Assert.Equal(("Edmund Pike", CharacterSource.Json), (entry.Character.Name, entry.Source));
    }

    [Fact]
    public void Resolve_CharacterTags_FandomOrderAndSharedSurnames()
    {
        const string text = """
            "Get down!" Sasuke shouted. He pulled Naruto behind the rock.

            "Little brother," said Itachi. He did not move.

            "Uchiha," Naruto said, and he grinned.

            "Idiot," Sasuke said.
            """;
        string[] tags = ["Uzumaki Naruto", "Naruto Uzumaki", "Uchiha Sasuke", "Uchiha Itachi", "Original Character(s)", "Uzumaki Naruto/Uchiha Sasuke", "Kakashi Hatake (Naruto)"];

        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "t.txt")], null, tags);

        Assert.Equal(["Kakashi Hatake", "Uchiha Itachi", "Uchiha Sasuke", "Uzumaki Naruto"], cast.Entries.Where(e => e.Source == CharacterSource.Tags).Select(e => e.Character.Name).Order());
        var matcher = cast.List.Matcher;
        Assert.Equal("Uzumaki Naruto", Name(cast, Match(matcher, "Naruto Uzumaki")));
        Assert.Equal("Uchiha Sasuke", Name(cast, Match(matcher, "Sasuke")));
        Assert.True(Match(matcher, "Uchiha").Ambiguous);
        Assert.DoesNotContain(cast.Entries, e => e.Character.Name == "Uchiha" || e.Character.Aliases.Contains("Uchiha"));
    }

    [Fact]
    public void Resolve_NameInNarrationAndAddressedInQuotes_IsListedWithoutATag()
    {
        const string text = """
            Walter Brisk left the car at the gate.

            "You're late," she said.

            Walter set the basket down. "I had the letters."

            "One out of eleven, Walter."

            "Sorry, Madam."
            """;
        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "o.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Walter Brisk", names);
        Assert.DoesNotContain("Madam", names);
    }

    [Fact]
    public void Resolve_TitledNameAddressedTwice_IsListedAndSaidIIsThem()
    {
        const string text = """
            I went up and I knocked. I heard him cross the room, and I waited. I was cold and I was tired, and I said so.

            "Good evening, Mr. Ashby," said the old man.

            "Good evening," said I. I sat down where I was told.

            "You are late, Mr. Ashby."

            "I was kept at the bank," I said.
            """;
        var chapter = ChapterParser.ParseText(text, "a.txt");
        var cast = CharacterDiscovery.Resolve([chapter]);

        Assert.Contains("Mr. Ashby", cast.Entries.Select(e => e.Character.Name));
        Assert.Equal("Mr. Ashby", StoryBot.Corpus.Attribution.SpeakerAttributor.Attribute(chapter, cast.List)[1].Speaker);
    }

    [Fact]
    public void Resolve_NarratorsOwnName_IsListed()
    {
        const string text = """
            My name is Sam Dorrit, and I drink where it is warm.

            "Evening," I said.
            """;
        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(text, "n.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.Contains("Sam Dorrit", names);
    }

    [Fact]
    public void Resolve_NoNames_IsEmpty()
    {
        var cast = CharacterDiscovery.Resolve([ChapterParser.ParseText("\"Hello,\" he said. \"Go away,\" she said.", "e.txt")]);

        Assert.Empty(cast.Entries);
        Assert.Empty(cast.List.Characters);
    }

    private static NameMatch Match(NameMatcher matcher, string name)
    {
        var tokens = new List<Text.Token>();
        Text.Tokenizer.Tokenize(name, 0, name.Length, tokens);
        var match = matcher.Match(name, tokens, 0);
        Assert.True(match.Success, $"{name} does not match");
        Assert.Equal(tokens.Count, match.TokenCount);
        return match;
    }

    private static string Name(CharacterCast cast, NameMatch match) => match.Ambiguous ? "(ambiguous)" : cast.List.Characters[match.Character].Name;

    private static Gender GenderOf(CharacterCast cast, string name) => cast.Entries.Single(e => e.Character.Name == name).Character.Gender;
}
