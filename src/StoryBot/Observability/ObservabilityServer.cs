using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace StoryBot.Observability;

/// <summary>
/// The optional HTTP listener (Kestrel) at <see cref="ObservabilityOptions.Url"/>: <c>GET /healthz</c> runs the
/// health checks (200 healthy, 503 otherwise, JSON body) and <c>GET /metrics</c> is the Prometheus scrape endpoint.
/// It lives in its own small web application so the bot itself stays a generic host.
/// </summary>
public sealed partial class ObservabilityServer(
    IServiceProvider services,
    IOptions<ObservabilityOptions> options,
    ILogger<ObservabilityServer> logger) : IHostedService, IAsyncDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
    private WebApplication? _app;

    /// <summary>The address the listener is bound to (a port 0 in the URL resolved), or null when it is off.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = options.Value.Url;
        if (string.IsNullOrWhiteSpace(url))
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = "StoryBot.Observability" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        var meterProvider = services.GetService<MeterProvider>();
        if (meterProvider is not null)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(
                meterProvider,
                predicate: context => context.Request.Path == "/metrics",
                path: null,
                configureBranchedPipeline: null,
                optionsName: null);
        }

        var health = services.GetRequiredService<HealthCheckService>();
        app.MapGet("/healthz", (HttpContext context) => WriteHealthAsync(health, context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? url;
        Address = new Uri(bound, UriKind.Absolute);
        LogListening(logger, Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task WriteHealthAsync(HealthCheckService health, HttpContext context)
    {
        var report = await health.CheckHealthAsync(context.RequestAborted).ConfigureAwait(false);
        context.Response.StatusCode = report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable;
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["status"] = report.Status.ToString(),
            ["checks"] = report.Entries.ToDictionary(
                e => e.Key,
                e => new Dictionary<string, string?>(StringComparer.Ordinal) { ["status"] = e.Value.Status.ToString(), ["description"] = e.Value.Description },
                StringComparer.Ordinal),
        };
        await JsonSerializer.SerializeAsync(context.Response.Body, body, JsonOptions, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Serving /healthz and /metrics at {Address}")]
    private static partial void LogListening(ILogger logger, Uri address);
}
