namespace StoryBot.Corpus.Attribution;

/// <summary>The confidence each sieve gives. Ordered like the sieves; measured per sieve on the seed fixtures.</summary>
internal static class Confidence
{
    public const double NamedTag = 0.95;
    public const double NamedBeatTag = 0.85;
    public const double TitleTag = 0.85;
    public const double Continuation = 0.9;
    public const double ParagraphTagName = 0.9;
    public const double ParagraphTagAfterFullStop = 0.8;
    public const double MultiParagraph = 0.9;
    public const double PronounPreviousSpeaker = 0.85;
    public const double PronounInPlay = 0.8;
    public const double ActionBeat = 0.75;
    public const double PronounBeat = 0.7;
    public const double ParagraphBeat = 0.7;
    public const double Addressee = 0.7;
    public const double Alternation = 0.65;
    public const double AlternationBothWays = 0.9;
    public const double AlternationNear = 0.85;
    public const double AlternationFar = 0.8;
    public const double AlternationBetweenSoft = 0.8;
    public const double AlternationFromSoft = 0.75;
    public const double SoftConfirmed = 0.85;
    public const double PronounPair = 0.8;
    public const double PronounPairConfirmed = 0.85;
    public const double PronounPairDisputed = 0.7;
    public const double AddressedSpeaker = 0.4;
    public const double Mention = 0.9;
}
