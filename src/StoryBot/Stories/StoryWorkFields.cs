using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StoryBot.Commands;
using StoryBot.Corpus.Works;
using StoryBot.Data;

namespace StoryBot.Stories;

/// <summary>
/// The embed fields of what a work says about itself (AO3 preface, EPUB metadata, header lines): fandoms, relationships,
/// characters, additional tags, warnings, category, series and part, published/updated dates. Empty lists are left out.
/// </summary>
public sealed class StoryWorkFields(StoryDbContext db)
{
    private const int MaxFieldLength = 1000;

    private static readonly (WorkTagKind Kind, string One, string Many)[] Labels =
    [
        (WorkTagKind.Fandom, "Fandom", "Fandoms"),
        (WorkTagKind.Relationship, "Relationship", "Relationships"),
        (WorkTagKind.Character, "Character", "Characters"),
        (WorkTagKind.AdditionalTag, "Tag", "Tags"),
        (WorkTagKind.Warning, "Warning", "Warnings"),
        (WorkTagKind.Category, "Category", "Categories"),
    ];

    public async Task<IReadOnlyList<BotEmbedField>> BuildAsync(int storyId, CancellationToken cancellationToken)
    {
        var tags = await db.StoryTags.AsNoTracking()
            .Where(t => t.StoryId == storyId)
            .OrderBy(t => t.Kind).ThenBy(t => t.Position)
            .Select(t => new { t.Kind, t.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var work = await db.Stories.AsNoTracking()
            .Where(s => s.Id == storyId)
            .Select(s => new { s.Series, s.SeriesPart, s.PublishedOn, s.UpdatedOn })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

        var fields = new List<BotEmbedField>();
        foreach ((WorkTagKind kind, string one, string many) in Labels)
        {
            var names = tags.Where(t => t.Kind == kind).Select(t => Markdown.Escape(t.Name)).ToList();
            if (names.Count > 0)
            {
                fields.Add(new BotEmbedField(names.Count == 1 ? one : many, Markdown.Truncate(string.Join(" · ", names), MaxFieldLength),
                    Inline: kind is WorkTagKind.Fandom or WorkTagKind.Category));
            }
        }

        if (work?.Series is { } series)
        {
            string value = work.SeriesPart is int part
                ? string.Create(CultureInfo.InvariantCulture, $"Part {part} of {Markdown.Escape(series)}")
                : Markdown.Escape(series);
            fields.Add(new BotEmbedField("Series", Markdown.Truncate(value, MaxFieldLength), Inline: true));
        }

        if (work?.PublishedOn is { } published)
        {
            string value = published.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
            if (work.UpdatedOn is { } updated && updated != published)
            {
                value += " · updated " + updated.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
            }

            fields.Add(new BotEmbedField("Published", value, Inline: true));
        }

        return fields;
    }
}
