using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>GET /channels/{id}, message create and edit in a channel.</summary>
internal static class ChannelRoutes
{
    public static IEnumerable<RestRoute> All()
    {
        yield return new RestRoute("GET", "/channels/{channel_id}", true, GetChannel);
        yield return new RestRoute("POST", "/channels/{channel_id}/messages", true, CreateMessage);
        yield return new RestRoute("GET", "/channels/{channel_id}/messages/{message_id}", true, GetMessage);
        yield return new RestRoute("PATCH", "/channels/{channel_id}/messages/{message_id}", true, EditMessage);
        yield return new RestRoute("DELETE", "/channels/{channel_id}/messages/{message_id}", true, DeleteMessage);
    }

    private static RestResult? Check(RestContext context, bool write, out FakeChannel channel)
    {
        channel = null!;
        if (context.Snowflake("channel_id") is not { } id || !context.State.Channels.TryGetValue(id, out var found))
        {
            return RestResult.UnknownChannel;
        }

        channel = found;
        return found.Access switch
        {
            ChannelAccess.NoAccess => RestResult.MissingAccess,
            ChannelAccess.ReadOnly when write => RestResult.MissingPermissions,
            _ => null,
        };
    }

    private static RestResult GetChannel(RestContext context) =>
        Check(context, write: false, out var channel) ?? RestResult.Ok(Payloads.Channel(channel, context.State.Options.GuildId));

    private static RestResult CreateMessage(RestContext context)
    {
        if (Check(context, write: true, out var channel) is { } error)
        {
            return error;
        }

        var body = context.Body as JsonObject;
        if (MessageFactory.IsEmpty(body))
        {
            return RestResult.Error(400, 50006, "Cannot send an empty message");
        }

        var type = body?["message_reference"] is JsonObject ? 19 : 0;
        return RestResult.Ok(MessageFactory.Create(context.State, channel.Id, body, type, interaction: null).DeepClone());
    }

    private static RestResult? FindMessage(RestContext context, FakeChannel channel, out JsonObject message)
    {
        message = null!;
        if (context.Snowflake("message_id") is not { } id || !context.State.Messages.TryGetValue(id, out var found)
            || found["channel_id"]?.GetValue<string>() != Payloads.Id(channel.Id))
        {
            return RestResult.UnknownMessage;
        }

        message = found;
        return null;
    }

    private static RestResult GetMessage(RestContext context)
    {
        if (Check(context, write: false, out var channel) is { } error)
        {
            return error;
        }

        if (FindMessage(context, channel, out var message) is { } missing)
        {
            return missing;
        }

        return RestResult.Ok(message.DeepClone());
    }

    private static RestResult EditMessage(RestContext context)
    {
        if (Check(context, write: true, out var channel) is { } error)
        {
            return error;
        }

        if (FindMessage(context, channel, out var message) is { } missing)
        {
            return missing;
        }

        if (message["author"]?["id"]?.GetValue<string>() != Payloads.Id(context.State.Options.ApplicationId))
        {
            return RestResult.Error(403, 50005, "Cannot edit a message authored by another user");
        }

        lock (context.State.Gate)
        {
            return RestResult.Ok(MessageFactory.Edit(context.State, message, context.Body as JsonObject).DeepClone());
        }
    }

    private static RestResult DeleteMessage(RestContext context)
    {
        if (Check(context, write: true, out var channel) is { } error)
        {
            return error;
        }

        if (FindMessage(context, channel, out _) is { } missing)
        {
            return missing;
        }

        context.State.Messages.TryRemove(context.Snowflake("message_id")!.Value, out _);
        return RestResult.NoContent;
    }
}
