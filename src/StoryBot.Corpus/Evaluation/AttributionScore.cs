using System.Globalization;

namespace StoryBot.Corpus.Evaluation;

/// <summary>
/// How the attributor did on labelled quotes at one confidence threshold. <see cref="Precision"/> = right / answered;
/// <see cref="Coverage"/> = answered / quotes whose labelled speaker is a listed character.
/// </summary>
public sealed record AttributionScore(int Quotes, int WithSpeaker, int Answered, int Right)
{
    public static AttributionScore Zero { get; } = new(0, 0, 0, 0);

    public double Precision => Answered == 0 ? 1 : (double)Right / Answered;

    public double Coverage => WithSpeaker == 0 ? 0 : (double)Answered / WithSpeaker;

    public static AttributionScore operator +(AttributionScore a, AttributionScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Quotes + b.Quotes, a.WithSpeaker + b.WithSpeaker, a.Answered + b.Answered, a.Right + b.Right);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"precision {Precision:P1} ({Right}/{Answered}), coverage {Coverage:P1} ({Answered}/{WithSpeaker}), {Quotes} quotes");
}
