using StoryBot.Corpus.Model;
using StoryBot.Corpus.Works;

namespace StoryBot.Data.Import;

/// <summary>A work's tag lists flattened to rows: (kind, name, position within its kind).</summary>
internal static class WorkTags
{
    public static List<(WorkTagKind Kind, string Name, int Position)> Of(WorkMetadata work)
    {
        (WorkTagKind Kind, IReadOnlyList<string> Tags)[] lists =
        [
            (WorkTagKind.Fandom, work.Fandoms), (WorkTagKind.Relationship, work.Relationships), (WorkTagKind.Character, work.Characters),
            (WorkTagKind.AdditionalTag, work.AdditionalTags), (WorkTagKind.Warning, work.Warnings), (WorkTagKind.Category, work.Categories),
        ];
        var rows = new List<(WorkTagKind, string, int)>();
        foreach ((WorkTagKind kind, IReadOnlyList<string> tags) in lists)
        {
            for (int i = 0; i < tags.Count; i++)
            {
                rows.Add((kind, tags[i], i));
            }
        }

        return rows;
    }
}
