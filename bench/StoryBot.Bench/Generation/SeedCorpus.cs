using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Model;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Bench.Generation;

/// <summary>
/// What the generator recombines: the story paragraphs of every seed chapter, kept in their scenes so a run of
/// consecutive paragraphs stays a conversation, plus the seed folder's character list.
/// </summary>
public sealed class SeedCorpus
{
    private SeedCorpus(IReadOnlyList<IReadOnlyList<string>> scenes, IReadOnlyList<string> dialogue, CharacterList characters, long bytes)
    {
        Scenes = scenes;
        Dialogue = dialogue;
        Characters = characters;
        Bytes = bytes;
    }

    /// <summary>Every seed scene with at least one paragraph, as paragraph texts, in file then scene order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Scenes { get; }

    /// <summary>Paragraphs that hold a quotation, for sprinkling extra dialogue between runs.</summary>
    public IReadOnlyList<string> Dialogue { get; }

    public CharacterList Characters { get; }

    public long Bytes { get; }

    public static SeedCorpus Load(string folder)
    {
        var scenes = new List<IReadOnlyList<string>>();
        var dialogue = new List<string>();
        long bytes = 0;
        foreach (string file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            byte[] content = File.ReadAllBytes(file);
            bytes += content.Length;
            ChapterParseResult result = ChapterParser.Parse(content, Path.GetFileName(file));
            if (!result.Success)
            {
                continue;
            }

            foreach (Scene scene in result.Chapter!.Scenes.Where(s => s.Paragraphs.Count > 0))
            {
                scenes.Add([.. scene.Paragraphs.Select(p => p.Text)]);
                dialogue.AddRange(scene.Paragraphs.Where(p => p.Quotes.Count > 0).Select(p => p.Text));
            }
        }

        if (scenes.Count == 0)
        {
            throw new InvalidOperationException($"No seed chapter in {folder} has story text; the generator needs at least one.");
        }

        string charactersFile = Path.Combine(folder, "characters.json");
        CharacterList characters = File.Exists(charactersFile) ? CharacterList.Parse(File.ReadAllText(charactersFile)) : CharacterList.Empty;
        return new SeedCorpus(scenes, dialogue, characters, bytes);
    }

    /// <summary>Words of four or more letters in the seed scenes, most frequent first (what the search queries draw from).</summary>
    public List<string> SearchWords()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string paragraph in Scenes.SelectMany(s => s))
        {
            foreach (string word in paragraph.Split((char[])[' ', '\n', ',', '.', '!', '?', '"', ';', ':', '(', ')', '“', '”', '—', '…'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= 4 && word.All(char.IsLetter))
                {
                    string key = word.ToLowerInvariant();
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key)];
    }
}
