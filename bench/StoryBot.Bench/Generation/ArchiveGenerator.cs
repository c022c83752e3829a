using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StoryBot.Bench.Generation;

/// <summary>
/// Writes a realistic fan-fiction archive from the seeds: stories of 1–30 chapters under a few renamed casts (each cast
/// folder has its own characters.json), chapters built from runs of consecutive seed paragraphs (so conversations stay
/// conversations) with extra dialogue between runs, scene rules and location headings, author's notes, and header
/// metadata in the three shapes the parser reads (Key: value lines, front matter, a bare title with a by-line).
/// A tenth of the files use CRLF and a twentieth start with a byte-order mark. Same seed and size → same bytes.
/// </summary>
public sealed class ArchiveGenerator(SeedCorpus corpus, ulong seed, int casts = 8)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public GeneratedArchive Generate(string root, long targetBytes)
    {
        ArgumentNullException.ThrowIfNull(root);
        long started = Stopwatch.GetTimestamp();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        Cast[] castList = [.. Enumerable.Range(0, casts).Select(i => Cast.Create(corpus.Characters, i, seed))];
        var renamedScenes = castList.Select(c => corpus.Scenes.Select(s => s.Select(c.Apply).ToArray()).ToArray()).ToArray();
        var renamedDialogue = castList.Select(c => corpus.Dialogue.Select(c.Apply).ToArray()).ToArray();
        foreach (Cast cast in castList)
        {
            string folder = Path.Combine(root, CastFolder(cast.Index));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "characters.json"), cast.ToJson(), Utf8);
        }

        var random = SplitMix64.For(seed, 1);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        long bytes = 0;
        int story = 0;
        while (bytes < targetBytes)
        {
            int castIndex = story % casts;
            var plan = new StoryPlan(
                UniqueTitle(random, titles),
                random.Pick(TitleWords.PenNames),
                random.Pick(TitleWords.Ratings),
                Math.Min(random.Between(1, 30), random.Between(1, 30)),
                random.Next(3));
            string folder = Path.Combine(root, CastFolder(castIndex), string.Create(CultureInfo.InvariantCulture, $"story-{story:0000}"));
            Directory.CreateDirectory(folder);
            for (int chapter = 1; chapter <= plan.Chapters && bytes < targetBytes; chapter++)
            {
                string text = WriteChapter(random, plan, chapter, renamedScenes[castIndex], renamedDialogue[castIndex]);
                if (random.Chance(10))
                {
                    text = text.Replace("\n", "\r\n", StringComparison.Ordinal);
                }

                byte[] content = random.Chance(5) ? [.. Utf8.GetPreamble(), .. Utf8.GetBytes(text)] : Utf8.GetBytes(text);
                string path = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"chapter-{chapter:000}.txt"));
                File.WriteAllBytes(path, content);
                files.Add(path);
                bytes += content.Length;
            }

            story++;
        }

        return new GeneratedArchive(root, files, bytes, story, corpus.SearchWords(), [.. castList.SelectMany(c => c.NameWords).Distinct(StringComparer.Ordinal)],
            Stopwatch.GetElapsedTime(started));
    }

    internal static string CastFolder(int index) => string.Create(CultureInfo.InvariantCulture, $"cast-{index}");

    internal static string UniqueTitle(SplitMix64 random, HashSet<string> titles)
    {
        string title = $"{random.Pick(TitleWords.Adjectives)} {random.Pick(TitleWords.Nouns)}";
        for (int book = 2; !titles.Add(title); book++)
        {
            title = string.Create(CultureInfo.InvariantCulture, $"{title.Split(':')[0]}: Book {book}");
        }

        return title;
    }

    private static string WriteChapter(SplitMix64 random, StoryPlan plan, int chapter, string[][] scenes, string[] dialogue)
    {
        var text = new StringBuilder(64 * 1024);
        string chapterTitle = random.Pick(TitleWords.ChapterNouns);
        WriteHeader(text, plan, chapter, chapterTitle);
        if (random.Chance(20))
        {
            text.Append(random.Pick(TitleWords.Notes)).Append("\n\n");
        }

        int budget = random.Chance(4) ? random.Between(60_000, 160_000) : random.Between(5_000, 40_000);
        int sceneCount = random.Between(1, 4);
        int perScene = budget / sceneCount;
        for (int scene = 0; scene < sceneCount; scene++)
        {
            if (scene > 0 || random.Chance(30))
            {
                text.Append(random.Chance(60) ? random.Pick(TitleWords.SceneRules) : $"- ({random.Pick(TitleWords.Places)}) -").Append("\n\n");
            }

            int sceneEnd = text.Length + perScene;
            while (text.Length < sceneEnd)
            {
                string[] source = random.Pick(scenes);
                int start = random.Next(source.Length);
                int length = Math.Min(source.Length - start, random.Between(3, 10));
                for (int i = start; i < start + length; i++)
                {
                    text.Append(source[i]).Append("\n\n");
                }

                if (dialogue.Length > 0 && random.Chance(25))
                {
                    text.Append(random.Pick(dialogue)).Append("\n\n");
                }
            }
        }

        if (random.Chance(30))
        {
            text.Append("To be continued...\n");
        }

        return text.ToString();
    }

    private static void WriteHeader(StringBuilder text, StoryPlan plan, int chapter, string chapterTitle)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (plan.HeaderStyle)
        {
            case 0:
                text.Append(invariant, $"Title: {plan.Title}\nAuthor: {plan.Author}\nRating: {plan.Rating}\n");
                if (chapter == 1)
                {
                    text.Append(invariant, $"Summary: {plan.Title} retold, one choice at a time.\n");
                }

                text.Append(invariant, $"Chapter {chapter}: {chapterTitle}\n\n");
                break;
            case 1:
                text.Append(invariant, $"---\nstory: \"{plan.Title}\"\nchapter: {chapter}\ntitle: \"{chapterTitle}\"\nauthor: {plan.Author}\nrating: {plan.Rating}\n---\n\n");
                break;
            default:
                string number = chapter <= TitleWords.Numbers.Length ? TitleWords.Numbers[chapter - 1] : chapter.ToString(invariant);
                text.Append(invariant, $"{plan.Title}\nChapter {number}: {chapterTitle}\nby {plan.Author}\n\n");
                break;
        }
    }
}
