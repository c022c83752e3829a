using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Gateway;

/// <summary>GUILD_CREATE payload (gateway-events.mdx "Guild Create": a guild object plus joined_at, large, member_count, members, channels…).</summary>
internal static class GuildPayloads
{
    public static JsonObject GuildCreate(FakeState state, ulong guildId)
    {
        var options = state.Options;
        var channels = new JsonArray();
        foreach (var channel in state.Channels.Values.Where(c => c.GuildId == guildId).OrderBy(c => c.Id))
        {
            var json = Payloads.Channel(channel, guildId);
            json.Remove("guild_id");
            channels.Add(json);
        }

        var joinedAt = SnowflakeGenerator.TimestampOf(guildId);
        var everyone = new JsonObject
        {
            ["id"] = Payloads.Id(guildId),
            ["name"] = "@everyone",
            ["color"] = 0,
            ["colors"] = new JsonObject { ["primary_color"] = 0, ["secondary_color"] = null, ["tertiary_color"] = null },
            ["hoist"] = false,
            ["icon"] = null,
            ["unicode_emoji"] = null,
            ["position"] = 0,
            ["permissions"] = "2248473465835073",
            ["managed"] = false,
            ["mentionable"] = false,
            ["flags"] = 0,
        };
        var botMember = Payloads.Member(options.ApplicationId, options.BotUserName, "2248473465835073", joinedAt);
        botMember.Remove("permissions");
        botMember["user"] = state.BotUser();
        return new JsonObject
        {
            ["id"] = Payloads.Id(guildId),
            ["name"] = "Fan Fiction Club",
            ["icon"] = null,
            ["splash"] = null,
            ["discovery_splash"] = null,
            ["owner_id"] = Payloads.Id(1100000000000000099),
            ["afk_channel_id"] = null,
            ["afk_timeout"] = 300,
            ["verification_level"] = 1,
            ["default_message_notifications"] = 1,
            ["explicit_content_filter"] = 2,
            ["roles"] = new JsonArray(everyone),
            ["emojis"] = new JsonArray(),
            ["features"] = new JsonArray(),
            ["mfa_level"] = 0,
            ["application_id"] = null,
            ["system_channel_id"] = null,
            ["system_channel_flags"] = 0,
            ["rules_channel_id"] = null,
            ["max_presences"] = null,
            ["max_members"] = 500000,
            ["vanity_url_code"] = null,
            ["description"] = null,
            ["banner"] = null,
            ["premium_tier"] = 0,
            ["premium_subscription_count"] = 0,
            ["preferred_locale"] = "en-US",
            ["public_updates_channel_id"] = null,
            ["max_video_channel_users"] = 25,
            ["max_stage_video_channel_users"] = 50,
            ["nsfw_level"] = 0,
            ["stickers"] = new JsonArray(),
            ["premium_progress_bar_enabled"] = false,
            ["safety_alerts_channel_id"] = null,
            ["incidents_data"] = null,
            ["joined_at"] = Payloads.Iso(joinedAt),
            ["large"] = false,
            ["unavailable"] = false,
            ["member_count"] = 2,
            ["voice_states"] = new JsonArray(),
            ["members"] = new JsonArray(botMember),
            ["channels"] = channels,
            ["threads"] = new JsonArray(),
            ["presences"] = new JsonArray(),
            ["stage_instances"] = new JsonArray(),
            ["guild_scheduled_events"] = new JsonArray(),
            ["soundboard_sounds"] = new JsonArray(),
            ["lazy"] = true,
        };
    }
}
