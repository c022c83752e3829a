using StoryBot.Corpus.Text;

namespace StoryBot.Corpus.Attribution;

/// <summary>Who a paragraph names: the people bits the turn-taking reads, and ranks used as names.</summary>
internal sealed partial class ParagraphAnalysis
{
    /// <summary>A bit per character named in the narration or given a quote (bit 63: an ambiguous name, or index ≥ 63).</summary>
    public long People()
    {
        if (!_analyzed)
        {
            return 0;
        }

        var mask = Named();
        foreach (var speaker in Speakers)
        {
            if (speaker >= 0)
            {
                mask |= Bit(speaker);
            }
        }

        return mask;
    }

    /// <summary>A bit per character named in the narration (not in quotes, not as a speaker).</summary>
    public long Named()
    {
        long mask = 0;
        if (_analyzed)
        {
            foreach (var mention in _mentions)
            {
                if (!mention.InQuote)
                {
                    mask |= Bit(mention.Character);
                }
            }

            if (_narratorActs)
            {
                mask |= Bit(Narrator);
            }
        }

        return mask;
    }

    /// <summary>The genders (<see cref="GenderBits"/>) of the unnamed people in its narration ("the boy", "a stranger").</summary>
    public int DescribedGenders()
    {
        if (!_analyzed)
        {
            return 0;
        }

        var bits = 0;
        foreach (var (_, gender) in _descriptions)
        {
            bits |= GenderBits.Of(gender);
        }

        return bits;
    }

    /// <summary>
    /// "The Archdeacon laughed", "bowed to the Queen": a capitalised rank after "the" names the one listed character
    /// who carries it (<see cref="TitleEpithets"/>), as a name would; not before a name ("the Reverend Mr. Mole").
    /// </summary>
    private void AddRank(string text, ReadOnlySpan<Token> tokens, int i, int quote)
    {
        if (_ranks is not { Count: > 0 } || i == 0 || !tokens[i - 1].IsWord || !tokens[i - 1].Span(text).Equals("the", StringComparison.OrdinalIgnoreCase) ||
            (i + 1 < tokens.Length && tokens[i + 1].IsWord && char.IsUpper(text[tokens[i + 1].Start])))
        {
            return;
        }

        var word = tokens[i].Span(text);
        var possessive = word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));
        var character = TitleEpithets.ResolveRank(possessive ? word[..^2] : word, _ranks);
        if (character >= 0)
        {
            _mentionAt[i] = _mentions.Count;
            _mentions.Add(new Mention(character, i, 1, possessive, quote, Rank: true));
        }
    }
}
