using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace StoryBot.Bench.Generation;

/// <summary>
/// Writes a long-form corpus from the seeds: novel-length works (80–200 K words, 20–60 chapters each), every work in
/// ONE file with chapter headings in the forms real files use (<c>Chapter 12</c>, <c>CHAPTER XII.</c> + title line,
/// <c>Chapter Twelve: Title</c>), heavy dialogue (runs of seed conversations plus a quoted line between most runs).
/// Three works in five are hard-wrapped at 70 columns behind a Project Gutenberg front page and licence; one in twelve
/// is plain HTML and one in twenty an EPUB. Same seed and size → same bytes.
/// </summary>
public sealed class LongformGenerator(SeedCorpus corpus, ulong seed, int casts = 8)
{
    public const int WrapColumn = 70;

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
            string folder = Path.Combine(root, ArchiveGenerator.CastFolder(cast.Index));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "characters.json"), cast.ToJson(), Utf8);
        }

        var random = SplitMix64.For(seed, 2);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var files = new List<string>();
        long bytes = 0;
        int work = 0;
        while (bytes < targetBytes)
        {
            int castIndex = work % casts;
            string title = ArchiveGenerator.UniqueTitle(random, titles);
            string author = random.Pick(TitleWords.PenNames);
            int words = random.Between(80_000, 200_000);
            int chapters = random.Between(20, 60);
            int headingStyle = random.Next(3);
            int format = random.Next(60);
            var text = WriteChapters(random, chapters, words, headingStyle, renamedScenes[castIndex], renamedDialogue[castIndex]);
            string name = string.Create(CultureInfo.InvariantCulture, $"work-{work:0000}");
            string folder = Path.Combine(root, ArchiveGenerator.CastFolder(castIndex));
            (string path, byte[] content) = format switch
            {
                < 3 => (Path.Combine(folder, name + ".epub"), LongformEpub.Write(title, author, text)),
                < 8 => (Path.Combine(folder, name + ".html"), Utf8.GetBytes(LongformHtml.Write(title, author, text))),
                < 44 => (Path.Combine(folder, name + ".txt"), Utf8.GetBytes(Gutenberg(title, author, text))),
                _ => (Path.Combine(folder, name + ".txt"), Utf8.GetBytes(Plain(title, author, random.Pick(TitleWords.Ratings), text))),
            };
            File.WriteAllBytes(path, content);
            files.Add(path);
            bytes += content.Length;
            work++;
        }

        return new GeneratedArchive(root, files, bytes, work, corpus.SearchWords(), [.. castList.SelectMany(c => c.NameWords).Distinct(StringComparer.Ordinal)],
            Stopwatch.GetElapsedTime(started));
    }

    /// <summary>The chapters of one work: heading, optional title line, paragraphs (unwrapped).</summary>
    private static List<LongformChapter> WriteChapters(SplitMix64 random, int chapters, int words, int headingStyle, string[][] scenes, string[] dialogue)
    {
        var list = new List<LongformChapter>(chapters);
        int perChapter = words / chapters;
        for (int number = 1; number <= chapters; number++)
        {
            string title = random.Pick(TitleWords.ChapterNouns);
            var paragraphs = new List<string>();
            int budget = random.Between(perChapter * 2 / 3, perChapter * 4 / 3);
            int written = 0;
            while (written < budget)
            {
                if (written > 0 && random.Chance(8))
                {
                    paragraphs.Add(random.Pick(TitleWords.SceneRules));
                }

                string[] source = random.Pick(scenes);
                int start = random.Next(source.Length);
                int length = Math.Min(source.Length - start, random.Between(4, 12));
                for (int i = start; i < start + length; i++)
                {
                    string paragraph = source[i].Replace('\n', ' ');
                    paragraphs.Add(paragraph);
                    written += Words(paragraph);
                }

                if (dialogue.Length > 0 && random.Chance(60))
                {
                    string line = random.Pick(dialogue).Replace('\n', ' ');
                    paragraphs.Add(line);
                    written += Words(line);
                }
            }

            list.Add(new LongformChapter(number, Heading(headingStyle, number, title), headingStyle == 0 ? null : title, paragraphs));
        }

        return list;
    }

    /// <summary>Style 0 <c>Chapter 12</c>; 1 <c>CHAPTER XII.</c> (title on the next line); 2 <c>Chapter Twelve: Title</c>.</summary>
    private static string Heading(int style, int number, string title) => style switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"Chapter {number}"),
        1 => $"CHAPTER {NumberNames.Roman(number)}.",
        _ => $"Chapter {NumberNames.Words(number)}: {title}",
    };

    private static string Plain(string title, string author, string rating, List<LongformChapter> chapters)
    {
        var text = new StringBuilder(1 << 20);
        text.Append(CultureInfo.InvariantCulture, $"Title: {title}\nAuthor: {author}\nRating: {rating}\n\n");
        foreach (LongformChapter chapter in chapters)
        {
            text.Append(chapter.Heading).Append("\n\n");
            foreach (string paragraph in chapter.Paragraphs)
            {
                text.Append(paragraph).Append("\n\n");
            }
        }

        return text.ToString();
    }

    private static string Gutenberg(string title, string author, List<LongformChapter> chapters)
    {
        var text = new StringBuilder(1 << 20);
        text.Append(CultureInfo.InvariantCulture, $"The Project Gutenberg eBook of {title}\n\nTitle: {title}\n\nAuthor: {author}\n\nLanguage: English\n\n");
        text.Append(CultureInfo.InvariantCulture, $"*** START OF THE PROJECT GUTENBERG EBOOK {title.ToUpperInvariant()} ***\n\n\n\n");
        foreach (LongformChapter chapter in chapters)
        {
            text.Append("\n\n").Append(chapter.Heading).Append('\n');
            if (chapter.Title is not null && chapter.Heading.StartsWith("CHAPTER", StringComparison.Ordinal))
            {
                text.Append(chapter.Title).Append('\n');
            }

            text.Append('\n');
            foreach (string paragraph in chapter.Paragraphs)
            {
                Wrap(text, paragraph);
                text.Append("\n\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"*** END OF THE PROJECT GUTENBERG EBOOK {title.ToUpperInvariant()} ***\n\n");
        text.Append("Updated editions will replace the previous one--the old editions will be renamed.\n\n");
        text.Append("START: FULL LICENSE\n\nTHE FULL PROJECT GUTENBERG LICENSE\nPLEASE READ THIS BEFORE YOU DISTRIBUTE OR USE THIS WORK\n");
        return text.ToString();
    }

    /// <summary>Breaks <paramref name="paragraph"/> into lines of at most <see cref="WrapColumn"/> characters at spaces.</summary>
    internal static void Wrap(StringBuilder text, string paragraph)
    {
        int line = 0;
        foreach (string word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > WrapColumn)
            {
                text.Append('\n');
                line = 0;
            }
            else if (line > 0)
            {
                text.Append(' ');
                line++;
            }

            text.Append(word);
            line += word.Length;
        }
    }

    private static int Words(string paragraph) => paragraph.Count(c => c == ' ') + 1;
}
