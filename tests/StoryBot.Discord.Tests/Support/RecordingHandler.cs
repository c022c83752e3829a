using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace StoryBot.Discord.Tests.Support;

/// <summary>An HttpMessageHandler at the I/O seam: records requests, answers from a queue or a default.</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    public ConcurrentQueue<RecordedHttp> Requests { get; } = new();

    public ConcurrentQueue<Func<HttpRequestMessage, HttpResponseMessage>> Responses { get; } = new();

    public Func<HttpRequestMessage, HttpResponseMessage> Default { get; set; } = _ => Json(HttpStatusCode.OK, """{"id":"1","channel_id":"2","content":""}""");

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedHttp(request.Method.Method, request.RequestUri!.ToString(), body, request.Headers.ToString(), request.Content?.Headers.ContentType?.ToString()));
        return Responses.TryDequeue(out var next) ? next(request) : Default(request);
    }
}

public sealed record RecordedHttp(string Method, string Uri, string? Body, string Headers, string? ContentType = null);
