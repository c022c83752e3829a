using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Interactions;

/// <summary>
/// Completes an INTERACTION_CREATE <c>d</c> the way Discord sends it (receiving-and-responding.mdx "Interaction Object"):
/// id, application_id, type, data, guild_id, channel, channel_id, member, token, version, app_permissions, locale,
/// guild_locale, entitlements, authorizing_integration_owners, context, attachment_size_limit.
/// </summary>
internal static class InteractionFactory
{
    public const ulong DefaultUserId = 1100000000000000300;

    public static JsonObject Complete(FakeState state, JsonObject d)
    {
        var options = state.Options;
        d = (JsonObject)d.DeepClone();
        var type = Int(d["type"]) ?? 2;
        d["type"] = type;
        d.TryAdd("id", Payloads.Id(state.Snowflakes.Next()));
        d.TryAdd("application_id", Payloads.Id(options.ApplicationId));
        d.TryAdd("token", NewToken());
        d.TryAdd("version", 1);
        var isDm = d.ContainsKey("user") && !d.ContainsKey("member");
        if (!isDm)
        {
            d.TryAdd("guild_id", Payloads.Id(options.GuildId));
        }

        var channelId = Snowflake(d["channel_id"]) ?? Snowflake(d["channel"]?["id"]) ?? state.Channels.Keys.Order().First();
        d["channel_id"] = Payloads.Id(channelId);
        if (!d.ContainsKey("channel"))
        {
            var channel = state.Channels.TryGetValue(channelId, out var known) ? known : new FakeChannel { Id = channelId, GuildId = options.GuildId };
            d["channel"] = Payloads.Channel(channel, options.GuildId, permissions: "2248473465835073");
        }

        if (!isDm && d["member"] is not JsonObject)
        {
            d["member"] = Payloads.Member(DefaultUserId, "reader", "2248473465835073", SnowflakeGenerator.TimestampOf(DefaultUserId));
        }
        else if (d["member"] is JsonObject member)
        {
            member.TryAdd("user", Payloads.User(DefaultUserId, "reader"));
            member.TryAdd("roles", new JsonArray());
            member.TryAdd("permissions", "2248473465835073");
            member.TryAdd("joined_at", Payloads.Iso(SnowflakeGenerator.TimestampOf(DefaultUserId)));
            member.TryAdd("deaf", false);
            member.TryAdd("mute", false);
            member.TryAdd("flags", 0);
            member.TryAdd("pending", false);
            member.TryAdd("nick", null);
            member.TryAdd("premium_since", null);
        }

        d.TryAdd("app_permissions", "2248473465835073");
        d.TryAdd("locale", "en-US");
        if (!isDm)
        {
            d.TryAdd("guild_locale", "en-US");
            d.TryAdd("guild", new JsonObject { ["id"] = d["guild_id"]!.DeepClone(), ["locale"] = "en-US", ["features"] = new JsonArray() });
        }

        d.TryAdd("entitlements", new JsonArray());
        d.TryAdd("authorizing_integration_owners", new JsonObject { ["0"] = isDm ? "0" : d["guild_id"]!.DeepClone() });
        d.TryAdd("context", isDm ? 1 : 0);
        d.TryAdd("attachment_size_limit", 10485760);
        CompleteData(state, d, type);
        return d;
    }

    private static void CompleteData(FakeState state, JsonObject d, int type)
    {
        if (d["data"] is not JsonObject data)
        {
            return;
        }

        if (type is 2 or 4)
        {
            data.TryAdd("type", 1);
            var name = data["name"]?.GetValueKind() == JsonValueKind.String ? data["name"]!.GetValue<string>() : string.Empty;
            if (!data.ContainsKey("id"))
            {
                data["id"] = FindCommandId(state, name, d["guild_id"]) ?? Payloads.Id(state.Snowflakes.Next());
            }
        }
        else if (type == 3)
        {
            data.TryAdd("component_type", 2);
            JsonObject? stored = null;
            if (d["message"] is JsonObject partial && Snowflake(partial["id"]) is { } messageId)
            {
                lock (state.Gate)
                {
                    stored = state.Messages.TryGetValue(messageId, out var found) ? (JsonObject)found.DeepClone() : null;
                }
            }

            if (stored is not null)
            {
                d["message"] = stored;
            }
            else if (d["message"] is null)
            {
                // A press on a message the fake never saw: a minimal message by the bot.
                d["message"] = new JsonObject
                {
                    ["id"] = Payloads.Id(state.Snowflakes.Next()),
                    ["channel_id"] = d["channel_id"]!.DeepClone(),
                    ["author"] = state.BotUser(),
                    ["content"] = string.Empty,
                    ["type"] = 0,
                    ["flags"] = 0,
                    ["components"] = new JsonArray(),
                    ["embeds"] = new JsonArray(),
                };
            }
        }
    }

    private static string? FindCommandId(FakeState state, string name, JsonNode? guildId)
    {
        lock (state.Gate)
        {
            IEnumerable<JsonNode?> all = state.GlobalCommands;
            if (Snowflake(guildId) is { } guild && state.GuildCommands.TryGetValue(guild, out var guildCommands))
            {
                all = guildCommands.Concat(all);
            }

            return all.OfType<JsonObject>().FirstOrDefault(c => c["name"]?.GetValue<string>() == name)?["id"]?.GetValue<string>();
        }
    }

    /// <summary>Interaction tokens are long opaque strings; ours start with the same "aW50ZXJhY3Rpb246" prefix Discord's do.</summary>
    public static string NewToken() =>
        "aW50ZXJhY3Rpb246" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    public static int? Int(JsonNode? node) =>
        Payloads.Int(node);

    public static ulong? Snowflake(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && ulong.TryParse(value.GetValue<string>(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
