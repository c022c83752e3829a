using System.CommandLine;
using System.Globalization;
using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Evaluation;

namespace StoryBot.Cli;

/// <summary>
/// <c>dialogue-eval &lt;path&gt;... [--discover] [--threshold 0.8] [--errors]</c>: scores the attributor on hand-labelled
/// text (quotes followed by <c>{Speaker}</c> or <c>{-}</c>), each <c>x.txt</c> with its list in <c>x.characters.json</c>.
/// Prints precision and coverage per file and in total. Pure: no host, no database.
/// </summary>
public static class DialogueEvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "Labelled .txt files or folders of them.", Arity = ArgumentArity.OneOrMore };
        var discover = new Option<bool>("--discover") { Description = "Attribute with the characters found in the text instead of the labelled list." };
        var threshold = new Option<double>("--threshold") { Description = "Answer only at this confidence or above.", DefaultValueFactory = _ => AttributionThresholds.Trivia };
        var errors = new Option<bool>("--errors") { Description = "Print every wrong answer." };
        var command = new Command("dialogue-eval", "Score speaker attribution on hand-labelled text (precision and coverage).")
        {
            paths, discover, threshold, errors,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(paths), parse.GetValue(discover), parse.GetValue(threshold), parse.GetValue(errors),
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, bool discover, double threshold, bool printErrors, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.txt").Order(StringComparer.Ordinal) : (IEnumerable<string>)[p]).ToList();
        var total = AttributionScore.Zero;
        foreach (var file in files)
        {
            var list = Path.ChangeExtension(file, ".characters.json");
            if (!File.Exists(file) || !File.Exists(list))
            {
                await error.WriteLineAsync($"dialogue-eval: {file}: needs the file and {Path.GetFileName(list)} next to it.").ConfigureAwait(false);
                return 1;
            }

            AttributionEvaluation evaluation;
            try
            {
                var labelled = LabelledText.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));
                var gold = CharacterList.Parse(await File.ReadAllTextAsync(list, cancellationToken).ConfigureAwait(false));
                evaluation = AttributionEvaluator.Evaluate(labelled, gold, discover, threshold);
            }
            catch (FormatException ex)
            {
                await error.WriteLineAsync($"dialogue-eval: {file}: {ex.Message}").ConfigureAwait(false);
                return 1;
            }

            total += evaluation.Score;
            await output.WriteLineAsync($"{Path.GetFileName(file)}\t{evaluation.Score}").ConfigureAwait(false);
            foreach (var line in printErrors ? evaluation.Errors.Concat(evaluation.Unlabelled.Select(u => "unlabelled " + u)) : [])
            {
                await output.WriteLineAsync("  " + line).ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"all ({(discover ? "found characters" : "labelled list")}, threshold {threshold:0.##})\t{total}")).ConfigureAwait(false);
        return 0;
    }
}
