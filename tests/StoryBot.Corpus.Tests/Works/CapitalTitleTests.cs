using StoryBot.Corpus.Works;

namespace StoryBot.Corpus.Tests.Works;

/// <summary>Chapter titles set all in capitals (Project Gutenberg) are shown in title case.</summary>
public sealed class CapitalTitleTests
{
    [Theory]
    [InlineData("MORNING AT THE FARM", "Morning at the Farm")]
    [InlineData("DOWN THE RABBIT-HOLE", "Down the Rabbit-Hole")]
    [InlineData("THE KING'S RETURN", "The King's Return")]
    [InlineData("PART II: THE WAR OF 1812", "Part II: The War of 1812")]
    [InlineData("THE LAST OF THE MOHICANS. A NARRATIVE OF 1757", "The Last of the Mohicans. A Narrative of 1757")]
    [InlineData("WHO STOLE THE TARTS?", "Who Stole the Tarts?")]
    [InlineData("O'BRIEN COMES HOME", "O'Brien Comes Home")]
    [InlineData("I'LL GO IN THE MORNING", "I'll Go in the Morning")]
    [InlineData("LETTER XIV", "Letter XIV")]
    [InlineData("ÉTÉ À PARIS", "Été à Paris")]
    [InlineData("The Lamp Room", "The Lamp Room")]
    [InlineData("the lamp room", "the lamp room")]
    [InlineData("A Study in SCARLET", "A Study in SCARLET")]
    [InlineData("USA", "USA")]
    [InlineData("1984", "1984")]
    public void FromCapitals_Title_TitleCasedOnlyWhenAllCapitals(string title, string expected)
    {
        Assert.Equal(expected, CapitalTitles.FromCapitals(title));
    }
}
