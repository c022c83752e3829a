using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StoryBot.Bench.Measurement;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;
using StoryBot.Data.Import;

namespace StoryBot.Bench.Suites;

/// <summary>
/// <c>parse-digest &lt;folder&gt; [--dump file]</c>: parses every file as the importer does and prints one SHA-256 over
/// everything the parse produced (each work's format, metadata and warnings; each chapter's text, encoding, metadata,
/// warnings, notes, scenes, paragraphs and quotes, or the file's error). Two runs print the same digest exactly when the
/// parser behaves the same; <c>--dump</c> writes the same text for a diff.
/// </summary>
public static class ParseDigest
{
    public static int Run(string folder, string? dump, CancellationToken cancellationToken)
    {
        var discovery = ImportDiscovery.Run([folder], cancellationToken);
        List<ImportFile> files = [.. discovery.Files.OrderBy(f => f.FullPath, StringComparer.Ordinal)];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using StreamWriter? writer = dump is null ? null : new StreamWriter(dump, append: false, new UTF8Encoding(false));
        var text = new StringBuilder();
        long chapters = 0;
        long paragraphs = 0;
        long quotes = 0;
        foreach (ImportFile file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WorkParseResult result = WorkParser.Parse(File.ReadAllBytes(file.FullPath), file.ManifestName);
            text.Clear();
            text.Append("file\t").Append(Path.GetRelativePath(folder, file.FullPath)).Append('\t').Append(result.Error).Append('\n');
            if (result.Work is { } work)
            {
                text.Append("work\t").Append(work.SourceName).Append('\t').Append(work.Format).Append('\t').Append(work.IsCompleteWork).Append('\n');
                Append(text, "work-meta", work.Metadata);
                AppendList(text, "work-warning", work.Warnings);
                foreach (ParsedChapter chapter in work.Chapters)
                {
                    chapters++;
                    Append(text, chapter);
                    foreach (Paragraph p in chapter.Paragraphs)
                    {
                        paragraphs++;
                        quotes += p.Quotes.Count;
                    }
                }
            }

            string block = text.ToString();
            hash.AppendData(Encoding.UTF8.GetBytes(block));
            writer?.Write(block);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files, {chapters:N0} chapters, {paragraphs:N0} paragraphs, {quotes:N0} quotes; load {MachineInfo.Load()}"));
        Console.WriteLine($"parse digest {Convert.ToHexStringLower(hash.GetHashAndReset())}");
        return 0;
    }

    private static void Append(StringBuilder text, ParsedChapter chapter)
    {
        text.Append("chapter\t").Append(chapter.SourceName).Append('\t').Append(chapter.EncodingName).Append('\t')
            .Append(chapter.Text.Length).Append('\t').Append(Hash(chapter.Text)).Append('\n');
        ChapterMetadata m = chapter.Metadata;
        text.Append("meta\t").Append(m.StoryTitle).Append('\t').Append(m.ChapterTitle).Append('\t').Append(m.ChapterNumber).Append('\t')
            .Append(m.Author).Append('\t').Append(m.Rating).Append('\t').Append(m.Summary).Append('\t').Append(m.SourceUrl).Append('\t')
            .Append(m.HeaderRange).Append('\n');
        if (m.Work is { } work)
        {
            Append(text, "meta-work", work);
        }

        AppendList(text, "warning", chapter.Warnings);
        foreach (Note note in chapter.Notes)
        {
            text.Append("note\t").Append(note.Kind).Append('\t').Append(note.Range).Append('\t').Append(note.Number).Append('\t').Append(note.Text).Append('\n');
        }

        foreach (Scene scene in chapter.Scenes)
        {
            text.Append("scene\t").Append(scene.Index).Append('\t').Append(scene.Heading).Append('\t').Append(scene.IsFlashback).Append('\n');
            foreach (Paragraph p in scene.Paragraphs)
            {
                text.Append("p\t").Append(p.Index).Append('\t').Append(p.Range).Append('\t').Append(p.Text).Append('\n');
                foreach (QuoteSpan q in p.Quotes)
                {
                    text.Append("q\t").Append(q.Range).Append('\t').Append(q.Style).Append('\t').Append(q.Text).Append('\n');
                }
            }
        }
    }

    private static void Append(StringBuilder text, string label, WorkMetadata m)
    {
        text.Append(label).Append('\t').Append(m.Title).Append('\t').Append(m.Author).Append('\t').Append(m.Rating).Append('\t')
            .Append(m.Summary).Append('\t').Append(m.Url).Append('\t').Append(m.Language).Append('\t').Append(m.Series).Append('\t')
            .Append(m.SeriesPart).Append('\t').Append(m.Published?.ToString("O", CultureInfo.InvariantCulture)).Append('\t')
            .Append(m.Updated?.ToString("O", CultureInfo.InvariantCulture)).Append('\n');
        AppendList(text, label + "-fandoms", m.Fandoms);
        AppendList(text, label + "-relationships", m.Relationships);
        AppendList(text, label + "-characters", m.Characters);
        AppendList(text, label + "-tags", m.AdditionalTags);
        AppendList(text, label + "-warnings", m.Warnings);
        AppendList(text, label + "-categories", m.Categories);
    }

    private static void AppendList(StringBuilder text, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            text.Append(label).Append('\t').AppendJoin('\u001f', values).Append('\n');
        }
    }

    private static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..16];
}
