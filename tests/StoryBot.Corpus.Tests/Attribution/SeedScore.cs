namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>Precision (correct / attributed) and coverage (attributed / lines with a gold speaker) on labelled quotes.</summary>
internal sealed record SeedScore(int Attributed, int Correct, int WithGoldSpeaker)
{
    public double Precision => Attributed == 0 ? 1 : (double)Correct / Attributed;

    public double Coverage => WithGoldSpeaker == 0 ? 1 : (double)Attributed / WithGoldSpeaker;

    public static SeedScore operator +(SeedScore a, SeedScore b) =>
        new(a.Attributed + b.Attributed, a.Correct + b.Correct, a.WithGoldSpeaker + b.WithGoldSpeaker);

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:P1} ({Correct}/{Attributed}), coverage {Coverage:P1} ({Attributed}/{WithGoldSpeaker})");
}
