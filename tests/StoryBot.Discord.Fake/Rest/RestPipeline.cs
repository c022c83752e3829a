using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using StoryBot.Discord.Fake.Recording;
using StoryBot.Discord.Fake.Schema;

namespace StoryBot.Discord.Fake.Rest;

/// <summary>
/// Every REST request: User-Agent check, routing, bot auth, injected faults and rate limits, JSON parsing, schema
/// validation, then the route's handler. Everything is recorded.
/// </summary>
internal sealed partial class RestPipeline(FakeState state, RateLimiter rateLimiter, IReadOnlyList<RestRoute> routes)
{
    public async Task HandleAsync(HttpContext context, string path)
    {
        var request = context.Request;
        var bodyText = await ReadBodyAsync(request, context.RequestAborted).ConfigureAwait(false);
        var body = TryParse(bodyText);
        var keep = state.Options.RecordBodies;
        var record = new RecordedRequest
        {
            Sequence = state.NextRequestSequence(),
            Method = request.Method,
            Path = path,
            Query = request.QueryString.Value ?? string.Empty,
            Headers = keep ? RedactedHeaders(request.Headers) : NoHeaders,
            BodyText = keep ? bodyText : null,
            Body = keep ? body : null,
            Timestamp = state.Clock.GetUtcNow(),
        };

        var (result, headers, route, violations, notes) = Process(request, path, body, bodyText);
        record = record with { Route = route?.Key, Notes = notes };
        record.Status = result.Status;
        record.ResponseBody = keep ? result.Body?.DeepClone() : null;
        record.SchemaViolations = violations;
        state.Requests.Add(record);
        if (state.TakeHold(request.Method, path))
        {
            // Handled and recorded, but the answer never leaves: the client sees a request that hangs until it gives up
            // or dies (the message may exist; only a retry with the same nonce can tell).
            using var held = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, state.Stopping.Token);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, held.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client went away (or the server stops): nothing to answer.
            }

            context.Abort();
            return;
        }

        var response = context.Response;
        response.StatusCode = result.Status;
        foreach (var (name, value) in headers)
        {
            response.Headers[name] = value;
        }

        if (result.Body is not null)
        {
            response.ContentType = "application/json";
            await response.WriteAsync(result.Body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
        }
    }

    private (RestResult Result, IReadOnlyDictionary<string, string> Headers, RestRoute? Route, IReadOnlyList<SchemaViolation> Violations, IReadOnlyList<string> Notes)
        Process(HttpRequest request, string path, JsonNode? body, string? bodyText)
    {
        var none = new Dictionary<string, string>();
        var notes = new List<string>();

        // reference.mdx "User Agent": requests without a valid one are blocked (by Cloudflare: 403, error 1010).
        if (!UserAgent().IsMatch(request.Headers.UserAgent.ToString()))
        {
            return (RestResult.Error(403, 0, "error code: 1010 (User-Agent must be \"DiscordBot ($url, $versionNumber)\")"), none, null, [], notes);
        }

        var segments = path.Trim('/').Split('/');
        RestRoute? route = null;
        Dictionary<string, string>? values = null;
        var pathMatched = false;
        foreach (var candidate in routes)
        {
            if (candidate.Match(segments) is { } matched)
            {
                pathMatched = true;
                if (string.Equals(candidate.Method, request.Method, StringComparison.OrdinalIgnoreCase))
                {
                    route = candidate;
                    values = matched;
                    break;
                }
            }
        }

        if (route is null || values is null)
        {
            return pathMatched
                ? (RestResult.Error(405, 0, "405: Method Not Allowed"), none, null, [], notes)
                : (RestResult.Error(404, 0, "404: Not Found"), none, null, [], notes);
        }

        var authorization = request.Headers.Authorization.ToString();
        var authenticated = string.Equals(authorization, "Bot " + state.Options.Token, StringComparison.Ordinal);
        if (route.BotAuth && !authenticated)
        {
            return (RestResult.Error(401, 0, "401: Unauthorized"), none, route, [], notes);
        }

        var decision = rateLimiter.Evaluate(route, values, authenticated);
        if (decision.Note is not null)
        {
            notes.Add(decision.Note);
        }

        if (decision.Rejection is not null)
        {
            return (decision.Rejection, decision.Headers, route, [], notes);
        }

        if (!string.IsNullOrEmpty(bodyText))
        {
            if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            {
                return (RestResult.Error(400, 50035, "Invalid Form Body", new JsonObject
                {
                    ["_errors"] = new JsonArray(new JsonObject { ["code"] = "CONTENT_TYPE_INVALID", ["message"] = $"Expected \"Content-Type\" header to be one of {{'application/json'}}." }),
                }), decision.Headers, route, [], notes);
            }

            if (body is null && bodyText.Trim() != "null")
            {
                return (RestResult.Error(400, 50109, "The request body contains invalid JSON."), decision.Headers, route, [], notes);
            }
        }

        IReadOnlyList<SchemaViolation> violations = [];
        if (state.Options.ValidateBodies && request.Method is "POST" or "PUT" or "PATCH")
        {
            violations = Validate(route, path, request.Method, body);
            if (violations.Count > 0 && state.Options.RejectInvalidBodies)
            {
                return (RestResult.Error(400, 50035, "Invalid Form Body", FormErrors.Build(violations)), decision.Headers, route, violations, notes);
            }
        }

        var result = route.Handler(new RestContext(state, values, body, request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal)));
        return (result, decision.Headers, route, violations, notes);
    }

    private List<SchemaViolation> Validate(RestRoute route, string path, string method, JsonNode? body)
    {
        var found = new List<SchemaViolation>();
        if (!string.IsNullOrEmpty(route.Template))
        {
            found.AddRange(OpenApiSpec.Default.ValidateRequest(method, path, body) ?? []);
        }

        found.AddRange(DocsRules.CheckRoute(route.Key, body));
        var exceptions = SchemaException.Defaults.Concat(state.Options.SchemaExceptions).ToList();
        return [.. found.Where(v => !exceptions.Any(e => e.Covers(route.Key, v))).DistinctBy(v => (v.Path, v.Keyword, v.Message))];
    }

    /// <summary>Headers of a request recorded without bodies (<see cref="FakeDiscordOptions.RecordBodies"/> false).</summary>
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        return text.Length == 0 ? null : text;
    }

    private static JsonNode? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> RedactedHeaders(IHeaderDictionary headers)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers)
        {
            result[name] = string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
                ? (value.ToString().StartsWith("Bot ", StringComparison.Ordinal) ? "Bot [redacted]" : "[redacted]")
                : value.ToString();
        }

        return result;
    }

    /// <summary><c>DiscordBot ($url, $versionNumber)</c>, optionally followed by more product tokens.</summary>
    [GeneratedRegex(@"^DiscordBot \([^,()]+, [^()]+\)")]
    private static partial Regex UserAgent();
}
