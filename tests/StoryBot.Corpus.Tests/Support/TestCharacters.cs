using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Tests.Support;

internal static class TestCharacters
{
    public static CharacterList Naruto { get; } = new(
    [
        new Character("Naruto Uzumaki", ["Naruto"], Gender.Male),
        new Character("Sakura Haruno", ["Sakura"], Gender.Female),
        new Character("Sasuke Uchiha", ["Sasuke"], Gender.Male),
        new Character("Rock Lee", [], Gender.Male),
        new Character("Tsunade", ["Baa-chan"], Gender.Female),
        new Character("Kakashi Hatake", ["Kakashi"], Gender.Male),
        new Character("Neji Hyuga", ["Neji"], Gender.Male),
        new Character("Hinata Hyuga", ["Hinata"], Gender.Female),
        new Character("Kabuto Yakushi", ["Kabuto"], Gender.Male),
    ]);

    public static CharacterList Novel { get; } = new(
    [
        new Character("Arthur Weasley", ["Arthur"], Gender.Male),
        new Character("Molly Weasley", ["Molly"], Gender.Female),
        new Character("Edmund Pike", ["Edmund"], Gender.Male),
        new Character("Clara Bell", ["Clara"], Gender.Female),
        new Character("Dr. Hollis", [], Gender.Male),
    ]);
}
