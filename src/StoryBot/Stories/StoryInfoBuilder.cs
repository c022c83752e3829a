using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Data;
using StoryBot.Data.Queries;

namespace StoryBot.Stories;

/// <summary>/story info: title (linked to the work), author, rating, summary, the work's tags and series, chapters, words and the characters who speak most.</summary>
public sealed class StoryInfoBuilder(StoryDbContext db, StoryResolver stories, StoryWorkFields workFields)
{
    public const int TopSpeakers = 8;
    private const int MaxChaptersListed = 15;

    public async Task<BotReply> BuildAsync(string typed, CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (story, problem) = await stories.ResolveAsync(typed, cancellationToken).ConfigureAwait(false);
        if (story is null)
        {
            return BotReply.Ephemeral(problem!);
        }

        if (!RatingPolicy.IsAllowed(story.Rating, context))
        {
            return RatingPolicy.Refusal(story.Title, story.Rating);
        }

        var chapters = await db.Chapters.AsNoTracking()
            .Where(c => c.StoryId == story.Id)
            .OrderBy(c => c.Number)
            .Select(c => new { c.Number, c.Title, c.WordCount })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var speakers = await db.DialogueLines.AsNoTracking()
            .Where(d => d.SpeakerId != null && d.Paragraph.Chapter.StoryId == story.Id)
            .GroupBy(d => d.Speaker!.Name)
            .Select(g => new { Name = g.Key, Lines = g.Count() })
            .OrderByDescending(g => g.Lines)
            .Take(TopSpeakers)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        var words = chapters.Sum(c => c.WordCount);
        var chapterList = new StringBuilder();
        foreach (var chapter in chapters.Take(MaxChaptersListed))
        {
            chapterList.Append(CultureInfo.InvariantCulture, $"{chapter.Number}. {Markdown.Escape(chapter.Title ?? "Untitled")} ({StoryStyle.Number(chapter.WordCount)} words)\n");
        }

        if (chapters.Count > MaxChaptersListed)
        {
            chapterList.Append(CultureInfo.InvariantCulture, $"… and {chapters.Count - MaxChaptersListed} more");
        }

        var fields = new List<BotEmbedField>
        {
            new("Rating", StoryStyle.Label(story.Rating), Inline: true),
            new("Chapters", StoryStyle.Number(chapters.Count), Inline: true),
            new("Words", StoryStyle.Number(words), Inline: true),
            new("Reading time", ReadingTime(words), Inline: true),
        };
        fields.AddRange(await workFields.BuildAsync(story.Id, cancellationToken).ConfigureAwait(false));
        if (chapterList.Length > 0)
        {
            fields.Add(new BotEmbedField("Contents", Markdown.Truncate(chapterList.ToString().TrimEnd(), 1000)));
        }

        fields.Add(new BotEmbedField("Who speaks most", speakers.Count == 0
            ? "No attributed dialogue yet."
            : string.Join(" · ", speakers.Select(s => string.Create(CultureInfo.InvariantCulture, $"{Markdown.Escape(s.Name)} ({s.Lines})")))));

        var embed = new BotEmbed
        {
            Title = Markdown.Escape(story.Title),
            Author = story.Author,
            Url = Uri.TryCreate(story.SourceUrl, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? url : null,
            Description = string.IsNullOrWhiteSpace(story.Summary) ? "*No summary.*" : Markdown.Truncate(Markdown.EscapeProse(story.Summary), 1500),
            Color = StoryStyle.Color(story.Rating),
            Fields = fields,
            Footer = $"/excerpt story:{story.Slug} to start reading",
        };
        var read = BotButtonRow.Of(new BotButton("Read from the start", await FirstChapterCustomIdAsync(story.Id, cancellationToken).ConfigureAwait(false), BotButtonStyle.Primary) { Emoji = "📖" });
        return BotReply.Public(BotMessage.FromEmbed(embed, read));
    }

    /// <summary>Reading time at 230 words a minute.</summary>
    public static string ReadingTime(int words)
    {
        var minutes = (int)Math.Ceiling(words / 230.0);
        return minutes < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, minutes)} min")
            : string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00} min");
    }

    private async Task<string> FirstChapterCustomIdAsync(int storyId, CancellationToken cancellationToken)
    {
        var first = await db.Chapters.AsNoTracking().Where(c => c.StoryId == storyId).OrderBy(c => c.Number).Select(c => (int?)c.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return first is { } id ? new Excerpts.ExcerptLocation(id, 0).ToCustomId() : "ex:none";
    }
}
