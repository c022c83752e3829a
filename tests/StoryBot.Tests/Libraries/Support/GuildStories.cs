using DialogueKind = StoryBot.Corpus.Model.DialogueKind;
using Rating = StoryBot.Corpus.Model.Rating;
using StoryBot.Data;
using StoryBot.Data.Entities;

namespace StoryBot.Tests.Libraries.Support;

/// <summary>
/// Writes a story owned by one server straight into the store: "Moon Garden" (Teen, 2 chapters), its own character
/// "Orla Vance" and three more (server-wide characters from that server's characters.json) who speak in it, and the word
/// "zephyrglass" found nowhere else, so every feature can be asked whether it shows any of it.
/// </summary>
public static class GuildStories
{
    public const string Title = "Moon Garden";
    public const string Slug = "moon-garden";
    public const string Character = "Orla Vance";
    public const string Word = "zephyrglass";

    public static async Task<(int StoryId, int ChapterId)> AddMoonGardenAsync(StoryDbContext db, ulong guildId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var story = new Story { Slug = Slug, Title = Title, Author = "Guild Author", Rating = Rating.Teen, Summary = "A garden under the moon.", GuildId = guildId };
        db.Stories.Add(story);
        string[] names = [Character, "Bram Holt", "Cass Wren", "Dell Marsh"];
        var speakers = names.Select(name => new Character { Name = name, GuildId = guildId }).ToList();
        speakers[0].Aliases.Add(new CharacterAlias { Alias = "Orla" });
        db.Characters.AddRange(speakers);
        var lines = new List<(Paragraph Paragraph, Character Speaker)>();
        Chapter? first = null;
        for (int number = 1; number <= 2; number++)
        {
            string[] texts =
            [
                $"The {Word} lanterns of the moon garden glowed in chapter {number}.",
                $"\"Bring the {Word} shears before the frost comes down,\" Orla said, kneeling by the silver roses.",
                $"\"The night is long and the roses are patient with us,\" Bram said softly to the gardeners.",
                $"\"We will finish the western beds before dawn, I promise,\" Cass said, brushing soil away.",
                $"\"Somebody has to carry the water up from the old well,\" Dell said with a heavy sigh.",
                "Nobody else walked the paths that night, and the fountain sang to itself.",
            ];
            var chapter = new Chapter
            {
                Story = story, Number = number, Title = $"Night {number}", SourcePath = $"/guild/{guildId}/moon-garden-{number}.txt",
                FileName = $"moon-garden-{number}.txt", ContentHash = new string('1', 64), EncodingName = "utf-8",
                ParagraphCount = texts.Length, SceneCount = 1, WordCount = texts.Sum(t => t.Split(' ').Length),
            };
            first ??= chapter;
            var scene = new Scene { Chapter = chapter, Index = 0 };
            db.Chapters.Add(chapter);
            db.Scenes.Add(scene);
            var paragraphs = texts.Select((text, index) => new Paragraph
            {
                Chapter = chapter, Scene = scene, Index = index, Text = text, Start = index * 100, Length = text.Length, WordCount = text.Split(' ').Length,
            }).ToList();
            db.Paragraphs.AddRange(paragraphs);
            lines.AddRange(speakers.Select((speaker, i) => (paragraphs[i + 1], speaker)));
        }

        await db.SaveChangesAsync();
        foreach (var (paragraph, speaker) in lines)
        {
            int start = paragraph.Text.IndexOf('"', StringComparison.Ordinal);
            int end = paragraph.Text.IndexOf('"', start + 1);
            db.DialogueLines.Add(new DialogueLine
            {
                ParagraphId = paragraph.Id, ChapterId = paragraph.ChapterId, Text = paragraph.Text[(start + 1)..end], SpeakerId = speaker.Id,
                Start = start, End = end + 1, Confidence = 0.95, Kind = DialogueKind.Speech,
            });
        }

        await db.SaveChangesAsync();
        return (story.Id, first!.Id);
    }
}
