using StoryBot.Commands;

namespace StoryBot.Excerpts;

/// <summary>
/// "◀ Previous" / "Next ▶": the custom id holds the chapter and paragraph, so paging works on any old message,
/// after the interaction token expired and after a restart. The reader who asked for the page turns it in place;
/// anyone else pressing a button on it gets that page as their own ephemeral message, which they can page on.
/// </summary>
public sealed class ExcerptButtons(ExcerptPageBuilder pages) : IComponentHandler
{
    public string CustomIdPrefix => ExcerptLocation.Prefix;

    public async Task<BotReply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var location = ExcerptLocation.Parse(invocation.Parts);
        if (location is null)
        {
            return BotReply.Ephemeral("That button doesn't lead anywhere. Try `/excerpt` for a new passage.");
        }

        var reply = await pages.BuildAsync(location, [], null, invocation.Context, cancellationToken).ConfigureAwait(false);
        if (reply.Kind != BotReplyKind.Message || reply.Message is not { Ephemeral: false } message)
        {
            return reply;
        }

        var someoneElse = location.Owner is { } owner && owner != invocation.Context.User.Id;
        return someoneElse ? BotReply.Ephemeral(message) : BotReply.Update(message);
    }
}
