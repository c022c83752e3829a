using System.Globalization;
using StoryBot.Commands;

namespace StoryBot.Stories;

/// <summary>Paging of /story list: <c>st:l:&lt;page&gt;</c> updates the list message in place.</summary>
public sealed class StoryButtons(StoryListPage list) : IComponentHandler
{
    public const string Prefix = "st";

    public string CustomIdPrefix => Prefix;

    public async Task<BotReply> HandleAsync(ComponentInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var parts = invocation.Parts;
        if (parts.Count != 3 || parts[1] != "l" || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var page))
        {
            return BotReply.Ephemeral("That button doesn't lead anywhere. Try `/story list`.");
        }

        var reply = await list.BuildAsync(page, invocation.Context, cancellationToken).ConfigureAwait(false);
        return reply.Kind == BotReplyKind.Message && reply.Message is { Ephemeral: false } message ? BotReply.Update(message) : reply;
    }
}
