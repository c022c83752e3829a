using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryBot.Discord.Hosting;
using StoryBot.Discord.JsonModels;
using StoryBot.Discord.Rest;

namespace StoryBot.Discord.Interactions.Commands;

/// <summary>
/// At READY, compares the commands all <see cref="IApplicationCommandSource"/>s define with what Discord has
/// (GET, normalised to the fields we set) and bulk-overwrites only when they differ — global, or the dev guild.
/// </summary>
internal sealed partial class CommandRegistrar
{
    private readonly IEnumerable<IApplicationCommandSource> _sources;
    private readonly DiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly ILogger<CommandRegistrar> _logger;
    private readonly RegisteredCommandIds _ids;
    private string? _registered;

    public CommandRegistrar(IEnumerable<IApplicationCommandSource> sources, DiscordRestClient rest, IOptions<DiscordOptions> options, RegisteredCommandIds ids, ILogger<CommandRegistrar> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _ids = ids;
        _sources = sources;
        _rest = rest;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Number of bulk overwrites performed (tests).</summary>
    public int Overwrites { get; private set; }

    public async Task RegisterAsync(ulong applicationId, CancellationToken cancellationToken)
    {
        if (!_options.RegisterCommands)
        {
            return;
        }

        var definitions = _sources.SelectMany(s => s.GetCommands()).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var wanted = Canonical(definitions.Select(MessageBodyMapper.ToJson));
        if (wanted == _registered)
        {
            return; // already checked in this process (READY after a re-identify)
        }

        var guildId = _options.DevGuildId;
        try
        {
            var existing = await _rest.GetApplicationCommandsJsonAsync(applicationId, guildId, cancellationToken).ConfigureAwait(false);
            if (Canonical(existing) == wanted)
            {
                _ids.Set(existing.Select(c => (c.Name, c.Id ?? 0)));
                LogUnchanged(_logger, definitions.Count, guildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "global");
                _registered = wanted;
                return;
            }

            var registered = await _rest.BulkOverwriteApplicationCommandsAsync(applicationId, guildId, definitions, cancellationToken).ConfigureAwait(false);
            _ids.Set(registered.Select(c => (c.Name, c.Id)));
            Overwrites++;
            _registered = wanted;
            LogRegistered(_logger, definitions.Count, guildId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "global");
        }
        catch (DiscordRestException ex)
        {
            LogFailed(_logger, ex);
        }
    }

    /// <summary>Canonical JSON of the fields we set, with Discord's defaults removed and commands sorted.</summary>
    internal static string Canonical(IEnumerable<ApplicationCommandJson> commands)
    {
        var normalised = commands
            .Where(c => c.Type == 1)
            .Select(c => new ApplicationCommandJson
            {
                Type = 1,
                Name = c.Name,
                Description = c.Description,
                Options = Normalise(c.Options),
                DefaultMemberPermissions = c.DefaultMemberPermissions,
                Nsfw = c.Nsfw == true ? true : null,
                Contexts = c.Contexts is { Count: > 0 } ctx ? [.. ctx.Order()] : null,
                IntegrationTypes = c.IntegrationTypes is { Count: > 0 } it ? [.. it.Order()] : null,
            })
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return JsonSerializer.Serialize(normalised, DiscordJsonContext.Default.ListApplicationCommandJson);
    }

    private static List<CommandOptionJson>? Normalise(List<CommandOptionJson>? options) =>
        options is not { Count: > 0 }
            ? null
            : [.. options.Select(o => new CommandOptionJson
            {
                Type = o.Type,
                Name = o.Name,
                Description = o.Description,
                Required = o.Required == true ? true : null,
                Autocomplete = o.Autocomplete == true ? true : null,
                Choices = o.Choices is { Count: > 0 } ? o.Choices : null,
                Options = Normalise(o.Options),
                MinValue = o.MinValue,
                MaxValue = o.MaxValue,
                MinLength = o.MinLength,
                MaxLength = o.MaxLength,
                ChannelTypes = o.ChannelTypes is { Count: > 0 } types ? [.. types.Order()] : null,
            })];

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} application commands unchanged ({Scope}); not re-registered")]
    private static partial void LogUnchanged(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} application commands ({Scope})")]
    private static partial void LogRegistered(ILogger logger, int count, string scope);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not register application commands")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
