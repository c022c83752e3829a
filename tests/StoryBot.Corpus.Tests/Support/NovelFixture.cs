using System.Globalization;
using System.Text;

namespace StoryBot.Corpus.Tests.Support;

/// <summary>
/// A deterministic novel for tests: chapters of generated paragraphs (each with a line of dialogue), optionally
/// hard-wrapped at a width the way Project Gutenberg texts are. The paragraphs are known, so tests can check that the
/// parser gives each back whole.
/// </summary>
internal sealed class NovelFixture
{
    private static readonly string[] Names = ["Maren", "Tobias", "Ilse", "Corwin", "Agathe", "Pell"];
    private static readonly string[] Verbs = ["crossed", "watched", "mended", "counted", "followed", "carried", "opened", "forgot"];
    private static readonly string[] Things =
    [
        "the orchard wall", "a lantern with a cracked pane", "the ferry rope", "three letters from the coast", "the mill wheel",
        "the long road north", "a basket of winter pears", "the chapel bell", "the frozen ditch", "her grandmother's ledger",
    ];

    private static readonly string[] Tails =
    [
        "before the light went", "while the dogs slept", "as if nothing had happened", "without a word to anyone",
        "long after the others had gone", "until the rain eased",
    ];

    public NovelFixture(int chapters, int paragraphsPerChapter, int seed = 7)
    {
        var random = new Random(seed);
        for (int c = 0; c < chapters; c++)
        {
            var paragraphs = new List<string>(paragraphsPerChapter);
            for (int p = 0; p < paragraphsPerChapter; p++)
            {
                paragraphs.Add(Paragraph(random, c, p));
            }

            Chapters.Add((ChapterTitle(c), paragraphs));
        }
    }

    public List<(string Title, List<string> Paragraphs)> Chapters { get; } = [];

    /// <summary>"CHAPTER IV. The Mill Wheel" style headings, a contents list at the top, wrapped at <paramref name="width"/> (0: unwrapped).</summary>
    public string Text(int width, Func<int, string, string> heading, bool contents = true, string front = "")
    {
        var builder = new StringBuilder();
        builder.Append(front);
        if (contents)
        {
            builder.Append("CONTENTS\n\n");
            for (int c = 0; c < Chapters.Count; c++)
            {
                builder.Append(' ', 4).Append(heading(c + 1, Chapters[c].Title)).Append("\n\n");
            }

            builder.Append("\n\n");
        }

        for (int c = 0; c < Chapters.Count; c++)
        {
            builder.Append("\n\n\n").Append(heading(c + 1, Chapters[c].Title)).Append("\n\n\n");
            foreach (string paragraph in Chapters[c].Paragraphs)
            {
                builder.Append(width > 0 ? Wrap(paragraph, width) : paragraph).Append("\n\n");
            }
        }

        return builder.ToString();
    }

    public static string Roman(int value)
    {
        ReadOnlySpan<(int Value, string Symbol)> table = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach ((int amount, string symbol) in table)
        {
            while (value >= amount)
            {
                builder.Append(symbol);
                value -= amount;
            }
        }

        return builder.ToString();
    }

    public static string Wrap(string paragraph, int width)
    {
        var builder = new StringBuilder(paragraph.Length + (paragraph.Length / width) + 1);
        int lineLength = 0;
        foreach (string word in paragraph.Split(' '))
        {
            if (lineLength > 0 && lineLength + 1 + word.Length > width)
            {
                builder.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                builder.Append(' ');
                lineLength++;
            }

            builder.Append(word);
            lineLength += word.Length;
        }

        return builder.ToString();
    }

    private static string ChapterTitle(int index)
    {
        string thing = Things[index % Things.Length];
        string title = char.ToUpperInvariant(thing[0]) + thing[1..];
        return index < Things.Length ? title : string.Create(CultureInfo.InvariantCulture, $"{title} Again ({index / Things.Length})");
    }

    private static string Paragraph(Random random, int chapter, int index)
    {
        var builder = new StringBuilder();
        int sentences = 3 + random.Next(4);
        for (int s = 0; s < sentences; s++)
        {
            string name = Names[random.Next(Names.Length)];
            builder.Append(name).Append(' ').Append(Verbs[random.Next(Verbs.Length)]).Append(' ')
                .Append(Things[random.Next(Things.Length)]).Append(' ').Append(Tails[random.Next(Tails.Length)]).Append(". ");
        }

        string speaker = Names[(chapter + index) % Names.Length];
        builder.Append('“').Append("We will need ").Append(Things[random.Next(Things.Length)]).Append(" by morning, and ")
            .Append(Things[random.Next(Things.Length)]).Append(" as well,”").Append(" said ").Append(speaker).Append('.');
        return builder.ToString();
    }
}
