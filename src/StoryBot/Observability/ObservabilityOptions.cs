namespace StoryBot.Observability;

/// <summary>Settings bound from the <c>Observability</c> configuration section.</summary>
public sealed class ObservabilityOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Observability";

    /// <summary>
    /// Where the HTTP listener serves <c>/healthz</c> and <c>/metrics</c>, e.g. <c>http://127.0.0.1:9464</c>
    /// (<c>http://0.0.0.0:9464</c> in a container). Empty (default): no listener.
    /// </summary>
    public string? Url { get; set; }

    /// <summary>
    /// OTLP endpoint for metrics (e.g. <c>http://otel-collector:4317</c>). Empty: OTLP only when the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> environment variable is set.
    /// </summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary>How long a shard may be between sessions (reconnecting, resuming) before it counts as unhealthy.</summary>
    public TimeSpan ShardGracePeriod { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Heartbeat ACKs this many intervals old make a READY shard unhealthy (a zombie connection).</summary>
    public double MissedHeartbeats { get; set; } = 2.5;

    /// <summary>True when OTLP export is configured here or by the standard environment variable.</summary>
    public bool OtlpEnabled =>
        !string.IsNullOrWhiteSpace(OtlpEndpoint) || !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT"));
}
