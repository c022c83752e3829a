namespace StoryBot.Corpus.Attribution;

/// <summary>What a turn says about its speaker for the run's pair (see <see cref="TurnChains"/>).</summary>
internal enum TurnAnchor : byte
{
    /// <summary>Nothing: a turn of pure speech, whose speaker parity may give.</summary>
    None,

    /// <summary>A guess (an action beat, a name the turn addresses, a he/she beat).</summary>
    Soft,

    /// <summary>A tag at anchor confidence, or a he/she tag between a man and a woman.</summary>
    Hard,

    /// <summary>The count stops here: a third voice, a mixed turn, narration with no speaker.</summary>
    Break,
}
