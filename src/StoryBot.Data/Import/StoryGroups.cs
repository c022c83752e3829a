using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;

namespace StoryBot.Data.Import;

/// <summary>
/// Gathers the chapter files of one story whose folder has no characters.json, so its characters are found over all of
/// them (the union of their evidence, then clustered) before any of them is attributed: a chapter that never tags a
/// speaker still knows the cast of the others. A story is the consecutive files (in import order) of one folder with one
/// story title; the files come parsed (<see cref="PreparedChapter.AwaitsCharacters"/>) and leave, in the same order,
/// as attribution tasks. The characters the story already has in the store (an earlier import, a chapter added later)
/// are kept beside the new evidence. Held text is bounded: past <c>maxBytes</c> (what one file may be) the files gathered
/// so far are discovered and attributed, and the rest of the story starts from their characters.
/// </summary>
internal sealed class StoryGroups(Func<string, CharacterList> readStored, long maxBytes, CancellationToken cancellationToken)
{
    private readonly List<PreparedChapter> held = [];
    private (FolderSettings Settings, string Slug)? key;
    private long heldBytes;

    /// <summary>The last story handed on and its characters (to be found): a story cut at the bound continues from them.</summary>
    private ((FolderSettings Settings, string Slug) Key, Task<(CharacterList? Found, string? Failure)> Cast)? last;

    /// <summary>Takes the next file in import order; appends to <paramref name="ready"/> the files the writer may take, in order.</summary>
    public void Add(PreparedChapter prepared, Queue<Task<PreparedChapter>> ready)
    {
        if (!prepared.AwaitsCharacters)
        {
            if (held.Count > 0 && prepared.Parts.Count == 0)
            {
                // Skipped, moved or failed: no story of its own to end this one; it keeps its place in the order.
                held.Add(prepared);
                return;
            }

            Flush(ready);
            ready.Enqueue(Task.FromResult(prepared));
            return;
        }

        var next = (prepared.File.Settings, Slugs.From(prepared.StoryTitle));
        if (key is { } current && (current != next || heldBytes + prepared.Bytes > maxBytes))
        {
            Flush(ready);
        }

        key = next;
        held.Add(prepared);
        heldBytes += prepared.Bytes;
    }

    /// <summary>Discovers the characters of the files gathered and hands them on as attribution tasks (in order).</summary>
    public void Flush(Queue<Task<PreparedChapter>> ready)
    {
        var story = held.Where(p => p.AwaitsCharacters).ToList();
        if (story.Count > 0)
        {
            var storyKey = key!.Value;
            CharacterList stored = readStored(storyKey.Slug);
            Task<(CharacterList? Found, string? Failure)>? earlier = last is { } before && before.Key == storyKey ? before.Cast : null;
            Task<(CharacterList? Found, string? Failure)> cast = Task.Run(async () =>
            {
                CharacterList known = Merge(stored, earlier is null ? null : (await earlier.ConfigureAwait(false)).Found);
                CharacterList? found = ChapterPreparer.Discover(story, known.Characters.Count > 0 ? known : null, out string? failure);
                return (found, failure);
            }, cancellationToken);
            last = (storyKey, cast);
            foreach (PreparedChapter prepared in held)
            {
                ready.Enqueue(!prepared.AwaitsCharacters ? Task.FromResult(prepared) : AttributeAsync(prepared, cast, ReferenceEquals(prepared, story[0])));
            }
        }
        else
        {
            foreach (PreparedChapter prepared in held)
            {
                ready.Enqueue(Task.FromResult(prepared));
            }
        }

        held.Clear();
        key = null;
        heldBytes = 0;
    }

    /// <param name="first">The story's first file, which carries the warning when discovery failed.</param>
    private async Task<PreparedChapter> AttributeAsync(PreparedChapter prepared, Task<(CharacterList? Found, string? Failure)> cast, bool first)
    {
        var (found, failure) = await cast.ConfigureAwait(false);
        if (first && failure is not null)
        {
            prepared = prepared with { Warnings = [.. prepared.Warnings, failure] };
        }

        return await Task.Run(() => ChapterPreparer.Attribute(prepared, found ?? CharacterList.Empty, found), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored characters and those found in the story's earlier files, one entry per name (the stored one first).</summary>
    private static CharacterList Merge(CharacterList stored, CharacterList? earlier)
    {
        if (earlier is not { Characters.Count: > 0 })
        {
            return stored;
        }

        var names = new HashSet<string>(stored.Characters.Select(c => c.Name), StringComparer.OrdinalIgnoreCase);
        return new CharacterList([.. stored.Characters, .. earlier.Characters.Where(c => names.Add(c.Name))]);
    }
}
