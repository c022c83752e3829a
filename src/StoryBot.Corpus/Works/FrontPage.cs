using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Works;

/// <summary>
/// Reads the front page of a complete work (the text before its first chapter): the header block at the top (title,
/// "by" line, <c>Key: value</c> lines), then any further <c>Key: value</c> lines among the first 400 lines (Project
/// Gutenberg's "Title:"/"Author:" sit under its opening paragraph).
/// </summary>
internal static class FrontPage
{
    private const int MaxLines = 400;

    public static MetadataBuilder Read(string front)
    {
        var metadata = new MetadataBuilder();
        if (front.Length == 0)
        {
            return metadata;
        }

        // Bold from HTML ("**Paper Boats**" over "by inkwell_otter") is no part of a title or a label.
        front = front.Replace("**", string.Empty, StringComparison.Ordinal);
        List<TextLine> lines = TextLine.Split(front);
        HeaderReader.Read(front, lines, 0, metadata);
        for (int i = 0; i < lines.Count && i < MaxLines; i++)
        {
            if (!lines[i].IsBlank && lines[i].TrimmedLength <= 300)
            {
                HeaderKeyValue.TryRead(lines[i].Trimmed(front), metadata, out _);
            }
        }

        return metadata;
    }
}
