using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Logging;
using StoryBot.Discord.Rest.RateLimits;

namespace StoryBot.Discord.Rest;

/// <summary>The send pipeline of <see cref="DiscordRestClient"/>: rate limits, retries, back-off and typed errors.</summary>
internal sealed partial class DiscordRestClient
{
    /// <summary>Sends with rate limits; retries 429 (by scope) and 5xx (bounded, with back-off); throws <see cref="DiscordRestException"/> on other errors.</summary>
    private async Task<T?> SendAsync<T>(RestRoute route, byte[]? body, JsonTypeInfo<T>? responseType, CancellationToken cancellationToken)
        where T : class
    {
        var http = _httpFactory.CreateClient(HttpClientName);
        var serverErrors = 0;
        var rateLimited = 0;
        while (true)
        {
            var bucket = await _limiter.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(route.Method, route.Path);
                if (body is not null)
                {
                    request.Content = new ByteArrayContent(body);
                    request.Content.Headers.ContentType = JsonMediaType;
                }

                LogSending(_logger, route.Display);
                response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
            {
                // An OperationCanceledException the caller did not ask for is HttpClient's own Timeout: the server
                // never answered. Both are network failures (bounded retries), never a cancellation to the caller.
                _limiter.Complete(route, bucket, RateLimitHeaders.Empty);
                var timedOut = ex is OperationCanceledException;
                if (++serverErrors > _options.MaxServerErrorRetries)
                {
                    throw new DiscordRestException(TokenScrubber.Scrub($"{route.Display} {(timedOut ? "timed out" : "failed")}: {ex.Message}", _options.Token), ex);
                }

                await BackOffAsync(route, serverErrors, timedOut ? "timed out" : "network error", cancellationToken).ConfigureAwait(false);
                continue;
            }
            catch
            {
                _limiter.Complete(route, bucket, RateLimitHeaders.Empty);
                throw;
            }

            using (response)
            {
                var headers = RateLimitHeaders.Parse(response.Headers);
                _limiter.Complete(route, bucket, headers);
                var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                _metrics.RestResponse(route.RouteKey, status);
                if (status is 401 or 403 || (status == 429 && !string.Equals(headers.Scope, "shared", StringComparison.Ordinal)))
                {
                    // A shared-scope 429 does not count against the invalid request limit (rate-limits.mdx).
                    _limiter.OnInvalidRequest();
                }

                if (response.IsSuccessStatusCode)
                {
                    if (responseType is null || payload.Length == 0 || response.StatusCode == HttpStatusCode.NoContent)
                    {
                        return null;
                    }

                    try
                    {
                        return JsonSerializer.Deserialize(payload, responseType);
                    }
                    catch (JsonException ex)
                    {
                        // A proxy answering with a page: the callers' contract is DiscordRestException.
                        LogUnreadableSuccess(_logger, route.Display, status, payload.Length);
                        throw new DiscordRestException(response.StatusCode, null, "the response body is not the expected JSON", route.Display, ex);
                    }
                }

                var error = TryReadError(payload);
                if (response.StatusCode == HttpStatusCode.TooManyRequests && ++rateLimited <= Max429Retries)
                {
                    // rate-limits.mdx#exceeding-a-rate-limit: honour retry_after (body) or Retry-After (header).
                    var retryAfter = error?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : headers.RetryAfter ?? TimeSpan.FromSeconds(1);
                    _limiter.OnRateLimited(route, headers, retryAfter, error?.Global ?? false);
                    _metrics.RateLimitWait("retry_after", retryAfter);
                    continue;
                }

                if (status >= 500 && ++serverErrors <= _options.MaxServerErrorRetries)
                {
                    await BackOffAsync(route, serverErrors, status.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (error?.Code == AlreadyAcknowledged && serverErrors > 0 && route.Template.EndsWith("/callback", StringComparison.Ordinal))
                {
                    // An earlier attempt answered 5xx or failed on the network after Discord took the callback.
                    LogAcknowledgedEarlier(_logger, route.Display);
                    return null;
                }

                var fields = FormErrors.Flatten(error?.Errors);
                var text = fields.Count == 0 ? error?.Message ?? response.ReasonPhrase ?? "error" : $"{error?.Message ?? "Invalid Form Body"} ({string.Join("; ", fields)})";
                var message = TokenScrubber.Scrub(text, _options.Token);
                var exception = new DiscordRestException(response.StatusCode, error?.Code, message, route.Display);
                LogFailed(_logger, route.Display, status, error?.Code, message);
                throw exception;
            }
        }
    }

    private async Task BackOffAsync(RestRoute route, int attempt, string reason, CancellationToken cancellationToken)
    {
        var baseDelay = _options.ServerErrorBaseDelay * Math.Pow(2, attempt - 1);
        var delay = baseDelay * (0.5 + (_random.NextDouble() / 2));
        LogRetry(_logger, route.Display, reason, attempt, delay.TotalMilliseconds);
        await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
    }

    private static ErrorJson? TryReadError(byte[] payload)
    {
        if (payload.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(payload, Json.ErrorJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "Sending {Route}")]
    private static partial void LogSending(ILogger logger, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} failed ({Reason}); retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string route, string reason, int attempt, double delayMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Route}: already acknowledged by the attempt that failed; treated as delivered")]
    private static partial void LogAcknowledgedEarlier(ILogger logger, string route);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} answered {Status} with {Bytes} bytes that are not the expected JSON")]
    private static partial void LogUnreadableSuccess(ILogger logger, string route, int status, int bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Route} answered {Status} [{Code}]: {DiscordMessage}")]
    private static partial void LogFailed(ILogger logger, string route, int status, int? code, string discordMessage);
}
