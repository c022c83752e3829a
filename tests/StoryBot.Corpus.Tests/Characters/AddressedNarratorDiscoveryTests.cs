using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Tests.Characters;

/// <summary>
/// First-person text whose narrator is only ever addressed by an untitled name ("Okafor, will you talk to her?"): found
/// characters list that name, so "I said" is the narrator's with no character list either.
/// </summary>
public class AddressedNarratorDiscoveryTests
{
    private const string Flood = """
        The river had been rising for three days when Mrs. Dale knocked on my door and told me I had to come down.

        "Okafor, the piano," said Mrs. Dale. She went down the stairs ahead.

        I put my boots on and I went down after her.

        "All of it?" I asked. I could not believe I was being asked to do it.

        "All of it," said Mrs. Dale. I looked at the stairs and I sighed and I thought I would never manage.

        Billy came in from the yard. I nodded to him and I took the front end.

        "Lift, Okafor," said Billy.

        I lifted, and I do not know how I did it, but I did.

        "It is done," I said at last. I sat on the top step and I could not feel my arms.
        """;

    private const string TwoAddressed = """
        I had come to the house early, and I waited in the hall while I looked at the paintings.

        "Good morning, Jonas," said Mrs. Dale. I did not know who she meant, and I said nothing.

        "Agnes, the tea," said Mrs. Dale. I watched the maid go and I listened to the clock.

        "Jonas, sit," said Mrs. Dale. I sat as well, because I did not know what else I should do.

        "Agnes, the cups," said Mrs. Dale. I took a cup and I drank, and I said it was good.

        "It is very good," I said. I meant it, and I think she saw I meant it.
        """;

    [Fact]
    public void Resolve_FirstPersonNarratorOnlyAddressed_ListedAndIsTheISpeaker()
    {
        var chapter = ChapterParser.ParseText(Flood, "flood.txt");
        var cast = CharacterDiscovery.Resolve([chapter]);

        Assert.Contains("Okafor", cast.Entries.Select(e => e.Character.Name));
        var lines = SpeakerAttributor.Attribute(chapter, cast.List);
        Assert.Equal("Okafor", lines.Single(l => l.Quote.Text == "All of it?").Speaker);
        Assert.Equal("Okafor", lines.Single(l => l.Quote.Text.StartsWith("It is done", StringComparison.Ordinal)).Speaker);
    }

    [Fact]
    public void Resolve_TwoNamesOnlyAddressed_NeitherListed()
    {
        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(TwoAddressed, "hall.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Jonas", names);
        Assert.DoesNotContain("Agnes", names);
    }

    [Fact]
    public void Resolve_ThirdPersonTextNameOnlyAddressed_NotListed()
    {
        var thirdPerson = Flood.Replace(" I ", " he ", StringComparison.Ordinal).Replace("\" I ", "\" he ", StringComparison.Ordinal)
            .Replace(". I ", ". He ", StringComparison.Ordinal).Replace(" I,", " he,", StringComparison.Ordinal);

        var names = CharacterDiscovery.Resolve([ChapterParser.ParseText(thirdPerson, "flood.txt")]).Entries.Select(e => e.Character.Name).ToList();

        Assert.DoesNotContain("Okafor", names);
    }
}
