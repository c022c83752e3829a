namespace StoryBot.Data.Trivia;

/// <summary>The store's <see cref="TriviaFingerprint"/> and the id ranges random seeks draw from, read in one command.</summary>
public sealed record TriviaSnapshot(TriviaFingerprint Fingerprint, IdRanges Ranges);
