namespace StoryBot.Commands;

/// <summary>A slash command as typed: <c>/trivia start rounds:5</c> has Name "trivia", Subcommand "start".</summary>
public sealed record SlashCommandInvocation(CommandContext Context, string Name, string? Subcommand, CommandOptions Options);
