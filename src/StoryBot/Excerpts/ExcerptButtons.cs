using StoryBot.Commands;

namespace StoryBot.Excerpts;

/// <summary>
/// "◀ Previous" / "Next ▶": the custom id holds the chapter and paragraph, so paging works on any old message,
/// after the interaction token expired and after a restart. Updates the pressed message in place.
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

        var reply = await pages.BuildAsync(location, [], invocation.Context, cancellationToken).ConfigureAwait(false);
        return reply.Kind == BotReplyKind.Message && reply.Message is { Ephemeral: false } message ? BotReply.Update(message) : reply;
    }
}
