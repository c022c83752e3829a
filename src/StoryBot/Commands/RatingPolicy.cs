using StoryBot.Corpus.Model;

namespace StoryBot.Commands;

/// <summary>Mature and Explicit stories are served only in NSFW channels and DMs. Every feature uses this one rule.</summary>
public static class RatingPolicy
{
    public static bool IsRestricted(Rating rating) => rating >= Rating.Mature;

    public static bool IsAllowed(Rating rating, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return !IsRestricted(rating) || context.AllowsMatureContent;
    }

    public static bool IsAllowed(Rating rating, ChannelInfo channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return !IsRestricted(rating) || channel.IsNsfw;
    }

    /// <summary>The polite ephemeral refusal for a restricted story outside an NSFW channel.</summary>
    public static BotReply Refusal(string storyTitle, Rating rating) => BotReply.Ephemeral(
        $"*{Markdown.Escape(storyTitle)}* is rated {rating}, so I only share it in age-restricted (NSFW) channels or in DMs. " +
        "Try it there, or pick another story.");
}
