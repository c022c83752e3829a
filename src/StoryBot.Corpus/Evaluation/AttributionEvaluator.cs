using StoryBot.Corpus.Attribution;
using StoryBot.Corpus.Characters;
using StoryBot.Corpus.Parsing;

namespace StoryBot.Corpus.Evaluation;

/// <summary>
/// Scores the attributor on <see cref="LabelledText"/>: with the labelled character list, or (<c>discover</c>) with the
/// characters found in the text, whose names are mapped back to the list to be judged (a found "Clara" is right for a
/// labelled "Clara Thornby").
/// </summary>
public static class AttributionEvaluator
{
    public static AttributionEvaluation Evaluate(LabelledText labelled, CharacterList gold, bool discover, double threshold = AttributionThresholds.Trivia)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(gold);
        var chapter = ChapterParser.ParseText(labelled.Text, "labelled.txt");
        var characters = discover ? CharacterDiscovery.Resolve([chapter]).List : gold;
        var lines = SpeakerAttributor.Attribute(chapter, characters);
        var errors = new List<string>();
        var unlabelled = new List<string>();
        var labels = Assign(chapter, labelled, unlabelled);
        int quotes = 0, withSpeaker = 0, answered = 0, right = 0;
        foreach (var line in lines)
        {
            if (!labels.TryGetValue(line.Quote.Range.Start, out var label))
            {
                unlabelled.Add($"@{line.Quote.Range.Start}: “{line.Quote.Text}”");
                continue;
            }

            quotes++;
            if (label is not null)
            {
                withSpeaker++;
            }

            if (line.Speaker is null || line.Confidence < threshold)
            {
                continue;
            }

            answered++;
            var said = discover ? GoldName(gold, characters, line.Speaker) : line.Speaker;
            if (label is not null && string.Equals(said, label, StringComparison.Ordinal))
            {
                right++;
            }
            else
            {
                errors.Add($"@{line.Quote.Range.Start} “{line.Quote.Text}”: said {line.Speaker} ({line.Sieve} {line.Confidence:0.00}), labelled {label ?? "-"}");
            }
        }

        return new AttributionEvaluation(new AttributionScore(quotes, withSpeaker, answered, right), errors, unlabelled);
    }

    /// <summary>Each label to the last unlabelled quote of its paragraph that ends before it: quote start → speaker.</summary>
    private static Dictionary<int, string?> Assign(Model.ParsedChapter chapter, LabelledText labelled, List<string> problems)
    {
        var byStart = new Dictionary<int, string?>();
        var paragraphs = chapter.Paragraphs.ToList();
        var p = 0;
        foreach (var (offset, speaker) in labelled.Labels)
        {
            while (p < paragraphs.Count && paragraphs[p].Range.End < offset)
            {
                p++;
            }

            var quote = p < paragraphs.Count
                ? paragraphs[p].Quotes.LastOrDefault(q => q.Range.End <= offset && !byStart.ContainsKey(q.Range.Start))
                : null;
            if (quote is null)
            {
                problems.Add($"label {{{speaker ?? "-"}}} @{offset} has no quote before it in its paragraph");
                continue;
            }

            byStart[quote.Range.Start] = speaker;
        }

        return byStart;
    }

    /// <summary>The listed character a found name stands for: its name or, failing that, one of its aliases.</summary>
    private static string? GoldName(CharacterList gold, CharacterList found, string name)
    {
        var character = found.Characters.FirstOrDefault(c => c.Name == name);
        foreach (var candidate in character is null ? [name] : character.Aliases.Prepend(character.Name))
        {
            var tokens = new List<Text.Token>();
            Text.Tokenizer.Tokenize(candidate, 0, candidate.Length, tokens);
            var match = gold.Matcher.Match(candidate, tokens, 0);
            if (match.IsCharacter && match.TokenCount == tokens.Count)
            {
                return gold.Characters[match.Character].Name;
            }
        }

        return null;
    }
}
