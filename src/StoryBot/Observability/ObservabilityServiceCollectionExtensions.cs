using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using StoryBot.Data.Import;
using StoryBot.Data.Storage;
using StoryBot.Discord.Diagnostics;

namespace StoryBot.Observability;

public static class ObservabilityServiceCollectionExtensions
{
    /// <summary>
    /// Health checks (gateway shards, store), metrics export through OpenTelemetry (Prometheus for <c>/metrics</c>,
    /// OTLP when configured) and the optional <c>/healthz</c> + <c>/metrics</c> listener at <c>Observability:Url</c>.
    /// Nothing listens and nothing is exported unless configured.
    /// </summary>
    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var section = builder.Configuration.GetSection(ObservabilityOptions.SectionName);
        services.AddOptions<ObservabilityOptions>().Bind(section);
        var settings = section.Get<ObservabilityOptions>() ?? new ObservabilityOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreProbe>();
        services.AddHealthChecks()
            .AddCheck<GatewayHealthCheck>("gateway")
            .AddCheck<StoreHealthCheck>("store");

        var listen = !string.IsNullOrWhiteSpace(settings.Url);
        if (listen || settings.OtlpEnabled)
        {
            services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("storybot"))
                .WithMetrics(metrics =>
                {
                    metrics.AddMeter(DiscordMetrics.MeterName, ImportMetrics.MeterName);
                    if (listen)
                    {
                        metrics.AddPrometheusExporter();
                    }

                    if (settings.OtlpEnabled)
                    {
                        metrics.AddOtlpExporter(otlp =>
                        {
                            if (!string.IsNullOrWhiteSpace(settings.OtlpEndpoint))
                            {
                                otlp.Endpoint = new Uri(settings.OtlpEndpoint, UriKind.Absolute);
                            }
                        });
                    }
                });
        }

        services.TryAddSingleton<ObservabilityServer>();
        services.AddHostedService(sp => sp.GetRequiredService<ObservabilityServer>());
        return builder;
    }
}
