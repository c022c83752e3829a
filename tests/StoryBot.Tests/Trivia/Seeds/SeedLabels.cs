namespace StoryBot.Tests.Trivia.Seeds;

/// <summary>The dialogue helper's hand labels: for each quoted span of a seed (file, start offset), who says it.</summary>
public sealed record SeedLabel(string File, int Start, int End, string Speaker, string Kind, string Text)
{
    public static IReadOnlyDictionary<(string File, int Start), SeedLabel> Load(string path) =>
        System.IO.File.ReadLines(path)
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(cells => new SeedLabel(cells[0], int.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture), cells[3], cells[4], cells[5]))
            .ToDictionary(label => (label.File, label.Start));
}
