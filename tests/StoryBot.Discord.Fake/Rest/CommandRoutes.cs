using System.Text.Json;
using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>Global and guild application commands: list, create, bulk overwrite (application-commands.mdx).</summary>
internal static class CommandRoutes
{
    public static IEnumerable<RestRoute> All()
    {
        yield return new RestRoute("GET", "/applications/{application_id}/commands", true, c => List(c, guildId: null));
        yield return new RestRoute("PUT", "/applications/{application_id}/commands", true, c => Overwrite(c, guildId: null));
        yield return new RestRoute("POST", "/applications/{application_id}/commands", true, c => CreateOne(c, guildId: null));
        yield return new RestRoute("GET", "/applications/{application_id}/guilds/{guild_id}/commands", true, c => List(c, c.Snowflake("guild_id") ?? 0));
        yield return new RestRoute("PUT", "/applications/{application_id}/guilds/{guild_id}/commands", true, c => Overwrite(c, c.Snowflake("guild_id") ?? 0));
        yield return new RestRoute("POST", "/applications/{application_id}/guilds/{guild_id}/commands", true, c => CreateOne(c, c.Snowflake("guild_id") ?? 0));
    }

    private static RestResult? Check(RestContext context, ulong? guildId)
    {
        if (context.Snowflake("application_id") != context.State.Options.ApplicationId)
        {
            return RestResult.MissingAccess;
        }

        if (guildId is { } guild && guild != context.State.Options.GuildId && !context.State.Options.ExtraGuildIds.Contains(guild))
        {
            return RestResult.MissingAccess;
        }

        return null;
    }

    private static JsonArray Store(RestContext context, ulong? guildId) =>
        guildId is { } guild ? context.State.GuildCommands.GetOrAdd(guild, _ => []) : context.State.GlobalCommands;

    private static RestResult List(RestContext context, ulong? guildId)
    {
        if (Check(context, guildId) is { } error)
        {
            return error;
        }

        lock (context.State.Gate)
        {
            return RestResult.Ok(Store(context, guildId).DeepClone());
        }
    }

    private static RestResult Overwrite(RestContext context, ulong? guildId)
    {
        if (Check(context, guildId) is { } error)
        {
            return error;
        }

        if (context.Body is not JsonArray definitions)
        {
            return RestResult.InvalidFormBody("_errors", "BASE_TYPE_REQUIRED", "This field is required");
        }

        var names = new HashSet<(string, int)>();
        lock (context.State.Gate)
        {
            var existing = Store(context, guildId);
            var result = new JsonArray();
            foreach (var definition in definitions.OfType<JsonObject>())
            {
                var command = Normalize(context, definition, guildId, existing);
                if (!names.Add((command["name"]!.GetValue<string>(), Payloads.Int(command["type"]) ?? 1)))
                {
                    return RestResult.InvalidFormBody("_errors", "APPLICATION_COMMANDS_DUPLICATE_NAME", "Application command names must be unique");
                }

                result.Add(command);
            }

            if (guildId is { } guild)
            {
                context.State.GuildCommands[guild] = result;
            }
            else
            {
                context.State.GlobalCommands = result;
            }

            return RestResult.Ok(result.DeepClone());
        }
    }

    private static RestResult CreateOne(RestContext context, ulong? guildId)
    {
        if (Check(context, guildId) is { } error)
        {
            return error;
        }

        if (context.Body is not JsonObject definition)
        {
            return RestResult.InvalidFormBody("_errors", "BASE_TYPE_REQUIRED", "This field is required");
        }

        lock (context.State.Gate)
        {
            var existing = Store(context, guildId);
            var command = Normalize(context, definition, guildId, existing);
            var index = existing.ToList().FindIndex(c => c?["id"]?.GetValue<string>() == command["id"]!.GetValue<string>());
            var created = index < 0;
            if (created)
            {
                existing.Add(command);
            }
            else
            {
                existing[index] = command;
            }

            return new RestResult(created ? 201 : 200, command.DeepClone());
        }
    }

    /// <summary>Application command object as Discord returns it (ids, version, defaults filled in).</summary>
    private static JsonObject Normalize(RestContext context, JsonObject definition, ulong? guildId, JsonArray existing)
    {
        var type = Payloads.Int(definition["type"]) ?? 1;
        var name = definition["name"]?.GetValueKind() == JsonValueKind.String ? definition["name"]!.GetValue<string>() : string.Empty;
        var previous = existing.OfType<JsonObject>().FirstOrDefault(c => c["name"]?.GetValue<string>() == name && Payloads.Int(c["type"]) == type);
        var command = new JsonObject
        {
            ["id"] = previous?["id"]?.DeepClone() ?? Payloads.Id(context.State.Snowflakes.Next()),
            ["application_id"] = Payloads.Id(context.State.Options.ApplicationId),
            ["version"] = Payloads.Id(context.State.Snowflakes.Next()),
            ["default_member_permissions"] = null,
            ["type"] = type,
            ["name"] = name,
            ["name_localizations"] = null,
            ["description"] = type == 1 ? string.Empty : string.Empty,
            ["description_localizations"] = null,
            ["dm_permission"] = true,
            ["contexts"] = null,
            ["integration_types"] = new JsonArray(0),
            ["nsfw"] = false,
        };
        if (guildId is { } guild)
        {
            command["guild_id"] = Payloads.Id(guild);
            command.Remove("dm_permission");
        }

        foreach (var (key, value) in definition)
        {
            if (key is not "id" and not "application_id" and not "version")
            {
                command[key] = value?.DeepClone();
            }
        }

        return command;
    }
}
