using System.Globalization;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake;

/// <summary>Builds Discord objects shaped like the documentation's examples.</summary>
internal static class Payloads
{
    /// <summary>Reads an integer whether the node was parsed or built in code; null when it is not an int32.</summary>
    public static int? Int(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && int.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : null;

    /// <summary>Reads an int64 the same way.</summary>
    public static long? Long(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == System.Text.Json.JsonValueKind.Number
        && long.TryParse(value.ToJsonString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result : null;

    public static string Id(ulong id) => id.ToString(CultureInfo.InvariantCulture);

    public static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffff+00:00", CultureInfo.InvariantCulture);

    /// <summary>User object (user.mdx): id, username, discriminator, global_name, avatar, bot, public_flags…</summary>
    public static JsonObject User(ulong id, string username, bool bot = false) => new()
    {
        ["id"] = Id(id),
        ["username"] = username,
        ["avatar"] = null,
        ["discriminator"] = "0",
        ["public_flags"] = 0,
        ["flags"] = 0,
        ["bot"] = bot,
        ["banner"] = null,
        ["accent_color"] = null,
        ["global_name"] = bot ? null : username,
        ["avatar_decoration_data"] = null,
        ["collectibles"] = null,
        ["banner_color"] = null,
        ["clan"] = null,
        ["primary_guild"] = null,
    };

    /// <summary>Guild member object as sent in interactions (with permissions).</summary>
    public static JsonObject Member(ulong userId, string username, string permissions, DateTimeOffset joinedAt) => new()
    {
        ["user"] = User(userId, username),
        ["roles"] = new JsonArray(),
        ["premium_since"] = null,
        ["permissions"] = permissions,
        ["pending"] = false,
        ["nick"] = null,
        ["mute"] = false,
        ["joined_at"] = Iso(joinedAt),
        ["flags"] = 0,
        ["deaf"] = false,
        ["communication_disabled_until"] = null,
        ["unusual_dm_activity_until"] = null,
        ["banner"] = null,
        ["avatar"] = null,
    };

    /// <summary>Channel object (channel.mdx) for a guild text channel.</summary>
    public static JsonObject Channel(FakeChannel channel, ulong guildId, string? permissions = null)
    {
        var json = new JsonObject
        {
            ["id"] = Id(channel.Id),
            ["type"] = channel.Type,
            ["guild_id"] = Id(channel.GuildId == 0 ? guildId : channel.GuildId),
            ["position"] = 0,
            ["permission_overwrites"] = new JsonArray(),
            ["name"] = channel.Name,
            ["topic"] = channel.Topic,
            ["nsfw"] = channel.Nsfw,
            ["last_message_id"] = null,
            ["rate_limit_per_user"] = 0,
            ["parent_id"] = null,
            ["flags"] = 0,
        };
        if (permissions is not null)
        {
            json["permissions"] = permissions;
        }

        return json;
    }

    /// <summary>Discord's JSON error body: <c>{"message": "...", "code": N}</c> (opcodes-and-status-codes.mdx).</summary>
    public static JsonObject Error(int code, string message, JsonObject? errors = null)
    {
        var json = new JsonObject { ["message"] = message, ["code"] = code };
        if (errors is not null)
        {
            json["errors"] = errors;
        }

        return json;
    }
}
