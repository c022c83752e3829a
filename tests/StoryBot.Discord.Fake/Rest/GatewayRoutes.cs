using System.Text.Json.Nodes;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>GET /gateway, GET /gateway/bot (gateway.mdx "Get Gateway Bot") and GET /users/@me.</summary>
internal static class GatewayRoutes
{
    public static IEnumerable<RestRoute> All(Func<string> gatewayUrl, Func<int> sessionStartsRemaining)
    {
        yield return new RestRoute("GET", "/gateway", false, _ => RestResult.Ok(new JsonObject { ["url"] = gatewayUrl() }));
        yield return new RestRoute("GET", "/gateway/bot", true, context => RestResult.Ok(new JsonObject
        {
            ["url"] = gatewayUrl(),
            ["shards"] = context.State.Options.Shards,
            ["session_start_limit"] = new JsonObject
            {
                ["total"] = context.State.Options.SessionStartLimit,
                ["remaining"] = Math.Max(0, sessionStartsRemaining()),
                ["reset_after"] = 14400000,
                ["max_concurrency"] = context.State.Options.MaxConcurrency,
            },
        }));
        yield return new RestRoute("GET", "/users/@me", true, context => RestResult.Ok(context.State.BotUser()));
    }
}
