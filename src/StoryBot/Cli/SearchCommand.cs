using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using StoryBot.Data.Queries;
using StoryBot.Data.Search;

namespace StoryBot.Cli;

/// <summary><c>search &lt;query&gt; [--limit N] [--story S] [--guild ID] [--json]</c>: ranked passages, matched words highlighted.</summary>
internal static class SearchCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var query = new Argument<string[]>("query") { Description = "Words to find: every word must match (and/or/not/near are words too); \"a phrase\" in quotes; prefix* completes.", Arity = ArgumentArity.OneOrMore };
        var limit = new Option<int>("--limit", "-n") { Description = "How many passages (1-50).", DefaultValueFactory = _ => 10 };
        var story = new Option<string?>("--story") { Description = "Only this story (title or slug)." };
        var json = new Option<bool>("--json") { Description = "Print JSON (snippet, highlight ranges, markdown)." };
        var guild = GuildOption.Create();
        var command = new Command("search", "Full-text search over story paragraphs.") { query, limit, story, json, guild };
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
            int? storyId = null;
            if (parse.GetValue(story) is { Length: > 0 } typed)
            {
                StorySummary? found = await scope.ServiceProvider.GetRequiredService<IStoryCatalog>().FindStoryAsync(typed, cancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"No story matches \"{typed}\".").ConfigureAwait(false);
                    return 1;
                }

                storyId = found.Id;
            }

            string text = string.Join(' ', parse.GetValue(query) ?? []);
            SearchResult result = await scope.ServiceProvider.GetRequiredService<IStorySearch>()
                .SearchAsync(text, parse.GetValue(limit), storyId, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(new
                {
                    result.Query,
                    result.Searched,
                    result.MatchedAll,
                    result.Match,
                    result.Message,
                    Hits = result.Hits.Select(h => new
                    {
                        h.StoryTitle, h.StorySlug, h.ChapterNumber, h.ChapterTitle, h.ParagraphIndex, h.ParagraphId, h.Score,
                        h.Snippet, h.Highlights, Markdown = SearchHighlighter.ToMarkdown(h),
                    }),
                }));
                return result.IsValid ? 0 : 1;
            }

            if (!result.IsValid)
            {
                output.WriteLine(result.Message);
                return 1;
            }

            output.WriteLine($"Searched: {result.Searched}");
            if (result.Hits.Count == 0)
            {
                output.WriteLine("Nothing found.");
            }
            else if (!result.MatchedAll)
            {
                output.WriteLine("No passage has all of it; these have some of the words.");
            }

            bool ansi = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
            int rank = 0;
            foreach (SearchHit hit in result.Hits)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{++rank}. {hit.StoryTitle}, chapter {hit.ChapterNumber}{(hit.ChapterTitle is null ? "" : $" ({hit.ChapterTitle})")}, paragraph {hit.ParagraphIndex + 1}"));
                output.WriteLine("   " + (ansi
                    ? SearchHighlighter.Render(hit.Snippet, hit.Highlights, "\u001b[1;33m", "\u001b[0m")
                    : SearchHighlighter.Render(hit.Snippet, hit.Highlights, "**", "**")));
            }

            return 0;
        });
        return command;
    }
}
