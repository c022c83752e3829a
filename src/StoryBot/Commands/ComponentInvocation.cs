namespace StoryBot.Commands;

/// <summary>A button press on a message the bot sent. <see cref="MessageId"/> is the message that carries the button.</summary>
public sealed record ComponentInvocation(CommandContext Context, string CustomId, ulong MessageId)
{
    /// <summary>The custom id split on ':' — <c>ex:n:42:17</c> gives ["ex", "n", "42", "17"].</summary>
    public IReadOnlyList<string> Parts => CustomId.Split(':');
}
