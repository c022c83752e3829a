namespace StoryBot.Corpus.Tests.Attribution;

/// <summary>One hand-labelled quote of a seed: the gold speaker is empty when no listed character says it.</summary>
internal sealed record SeedLabel(string File, int Start, int End, string Speaker, string Kind, string Text)
{
    public static IReadOnlyList<SeedLabel> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Attribution", "Fixtures", "seed-labels.tsv");
        return [.. System.IO.File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(Parse)];
    }

    private static SeedLabel Parse(string line)
    {
        var c = line.Split('\t');
        return new SeedLabel(c[0], int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture), c[3], c[4], c[5]);
    }
}
