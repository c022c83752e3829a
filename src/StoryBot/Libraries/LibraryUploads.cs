using System.Globalization;
using System.Text;
using StoryBot.Commands;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary><c>/library add</c> and <c>/library characters</c>: download (or read, in the shell), import, describe.</summary>
public sealed class LibraryUploads(AttachmentDownloader downloader, GuildLibraryService libraries)
{
    private static readonly string[] StoryExtensions = [".txt", ".md", ".html", ".htm", ".xhtml", ".epub"];
    private static readonly string[] OtherEbookExtensions = [".mobi", ".azw", ".azw3", ".pdf"];

    private static bool IsEbook(string fileName) =>
        OtherEbookExtensions.Any(e => fileName.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    public async Task<BotReply> AddAsync(ulong guild, BotAttachment? file, Corpus.Model.Rating? rating, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return BotReply.Ephemeral("Attach a story file: `/library add file:` (.txt, .md, .html or .epub).");
        }

        if (!StoryExtensions.Any(e => file.FileName.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
        {
            return BotReply.Ephemeral(IsEbook(file.FileName)
                ? "I can't read that e-book format. AO3 and FanFicFare also offer EPUB and HTML downloads: upload one of those."
                : "I can import .txt, .md, .html and .epub files only.");
        }

        var download = await downloader.DownloadAsync(file, cancellationToken);
        if (download.Bytes is null)
        {
            return BotReply.Ephemeral(download.Error!);
        }

        var result = await libraries.AddAsync(new UploadRequest(guild, file.FileName, download.Bytes, rating), cancellationToken);
        return result.Success ? BotReply.Ephemeral(Describe(result)) : BotReply.Ephemeral($"Nothing was imported: {result.Error}");
    }

    public async Task<BotReply> CharactersAsync(ulong guild, BotAttachment? file, bool remove, CancellationToken cancellationToken)
    {
        if (remove && file is null)
        {
            var cleared = await libraries.ClearCharactersAsync(guild, cancellationToken);
            return BotReply.Ephemeral(cleared.Success ? LibraryCharactersReply.Describe(cleared) : $"Nothing was changed: {cleared.Error}");
        }

        if (remove || file is null || !file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return BotReply.Ephemeral("Attach a characters.json file: `/library characters file:` (or remove the list: `/library characters remove:True`).");
        }

        var download = await downloader.DownloadAsync(file, cancellationToken);
        if (download.Bytes is null)
        {
            return BotReply.Ephemeral(download.Error!);
        }

        var result = await libraries.SetCharactersAsync(guild, download.Bytes, cancellationToken);
        return BotReply.Ephemeral(result.Success ? LibraryCharactersReply.Describe(result) : $"Nothing was changed: {result.Error}");
    }

    internal static string Describe(UploadResult result)
    {
        var text = new StringBuilder();
        text.Append(result.Replaced ? "🔁 Replaced" : "📚 Added").Append(" **").Append(Markdown.Escape(result.Title)).Append("**");
        if (result.Author is { } author)
        {
            text.Append(" by ").Append(Markdown.Escape(author));
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Chapters: {result.ChaptersInFile} in this file · {result.Chapters} in the story");
        if (result.ChaptersInFile == 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" (this is chapter {result.ChapterNumber})");
        }

        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Words: {result.Words:N0} · Rating: {result.Rating}").AppendLine();
        text.Append("Speakers found: ")
            .Append(result.Speakers.Count == 0 ? "none (upload a characters.json with `/library characters` to name them)" : Markdown.Escape(string.Join(", ", result.Speakers.Take(15))));
        if (result.Speakers.Count > 15)
        {
            text.Append(CultureInfo.InvariantCulture, $" and {result.Speakers.Count - 15} more");
        }

        if (result.Warnings.Count > 0)
        {
            text.AppendLine().Append("Warnings:");
            foreach (string warning in result.Warnings.Take(5))
            {
                text.AppendLine().Append("• ").Append(Markdown.Escape(Markdown.Truncate(warning, 200)));
            }

            if (result.Warnings.Count > 5)
            {
                text.AppendLine().Append(CultureInfo.InvariantCulture, $"• … and {result.Warnings.Count - 5} more");
            }
        }

        return text.ToString();
    }
}
