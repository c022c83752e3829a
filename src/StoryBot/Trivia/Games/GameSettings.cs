using StoryBot.Data.Libraries;
using StoryBot.Trivia.Questions;

namespace StoryBot.Trivia.Games;

/// <summary>
/// What <c>/trivia start</c> asked for, whether the channel may see Mature/Explicit stories, and the libraries it sees
/// (null: the game's server with the shared library).
/// </summary>
public sealed record GameSettings(int Rounds, QuestionFilter Filter, bool AllowsMatureContent = false, string? StoryTitle = null, LibraryScope? Library = null);
