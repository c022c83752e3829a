using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data.Queries;

namespace StoryBot.Cli;

/// <summary><c>stories [--guild ID] [--json]</c>: every story with its chapters (number, title, words, scenes, paragraphs, quoted spans).</summary>
internal static class StoriesCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var guild = GuildOption.Create();
        var command = new Command("stories", "List the stories and chapters in the database.") { json, guild };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using CliServices? cli = await CliServices.StartAsync(settings, cancellationToken).ConfigureAwait(false);
            if (cli is null)
            {
                return 2;
            }

            await using var scope = cli.Services.CreateAsyncScope();
            TextWriter output = parse.InvocationConfiguration.Output;
            GuildOption.Apply(scope.ServiceProvider, parse.GetValue(guild));
            IReadOnlyList<StoryInfo> stories = await scope.ServiceProvider.GetRequiredService<IStoryCatalog>()
                .GetAllAsync(cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(stories.Select(Shape)));
                return 0;
            }

            if (stories.Count == 0)
            {
                output.WriteLine(parse.GetValue(guild) is null
                    ? "No stories yet. Import some with: import <folder>"
                    : "This server's library holds no stories (uploaded with /library add).");
            }

            foreach (StoryInfo info in stories)
            {
                StorySummary s = info.Story;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{s.Title}{(s.Author is null ? "" : $" by {s.Author}")} [{Stories.StoryStyle.Label(s.Rating)}] — {Plural(s.ChapterCount, "chapter")}, {s.WordCount:N0} words ({s.Slug})"));
                foreach (ChapterSummary c in info.Chapters)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {c.Number,3}. {c.Title ?? "(untitled)"} — {c.WordCount:N0} words, {Plural(c.SceneCount, "scene")}, {Plural(c.ParagraphCount, "paragraph")}, {Plural(c.DialogueCount, "quoted span")}  [{c.FileName}]"));
                }
            }

            return 0;
        });
        return command;
    }

    private static object Shape(StoryInfo info) => new
    {
        info.Story.Title,
        info.Story.Slug,
        info.Story.Author,
        info.Story.Rating,
        info.Story.Summary,
        info.Story.SourceUrl,
        Words = info.Story.WordCount,
        Scenes = info.SceneCount,
        Paragraphs = info.ParagraphCount,
        QuotedSpans = info.DialogueCount,
        TopSpeakers = info.TopSpeakers.Select(s => new { s.Name, s.Lines }),
        Chapters = info.Chapters.Select(c => new
        {
            c.Number,
            c.Title,
            c.FileName,
            Words = c.WordCount,
            Scenes = c.SceneCount,
            Paragraphs = c.ParagraphCount,
            QuotedSpans = c.DialogueCount,
            Encoding = c.EncodingName,
            Sha256 = c.ContentHash,
            c.SourceUrl,
            c.ImportedAt,
        }),
    };

    /// <summary>"1 scene", "2 scenes".</summary>
    private static string Plural(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");
}
