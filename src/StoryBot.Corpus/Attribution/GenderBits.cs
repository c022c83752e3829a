using StoryBot.Corpus.Model;

namespace StoryBot.Corpus.Attribution;

/// <summary>A small set of genders as bits: he, she, and someone who could be either.</summary>
internal static class GenderBits
{
    public const int Male = 1;
    public const int Female = 2;
    public const int Either = 4;

    public static int Of(Gender gender) => gender switch
    {
        Gender.Male => Male,
        Gender.Female => Female,
        _ => Either,
    };
}
