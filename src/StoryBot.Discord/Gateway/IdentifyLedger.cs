using System.Text.Json;
using StoryBot.Discord.JsonModels;

namespace StoryBot.Discord.Gateway;

/// <summary>
/// The identify rules as data: when each rate-limit key may identify next, and the bot's session start budget.
/// Pure (no clock, no I/O), so one process keeps it in memory and several keep it in a database row, serialized with
/// <see cref="ToJson"/>.
/// </summary>
public sealed class IdentifyLedger
{
    private readonly IdentifyLedgerJson _state;

    private IdentifyLedger(IdentifyLedgerJson state) => _state = state;

    /// <summary>An empty ledger.</summary>
    public IdentifyLedger()
        : this(new IdentifyLedgerJson())
    {
    }

    /// <summary>Reads a ledger written by <see cref="ToJson"/>; null or empty gives an empty ledger.</summary>
    public static IdentifyLedger FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json)
            ? new IdentifyLedger()
            : new IdentifyLedger(JsonSerializer.Deserialize(json, DiscordJsonContext.Default.IdentifyLedgerJson) ?? new IdentifyLedgerJson());

    public string ToJson() => JsonSerializer.Serialize(_state, DiscordJsonContext.Default.IdentifyLedgerJson);

    /// <summary>Session starts the ledger believes are left (null: unknown).</summary>
    public int? Remaining => _state.Remaining;

    /// <summary>Applies the rules to <paramref name="attempt"/>: zero when the turn is taken (and recorded), else the wait.</summary>
    public TimeSpan TryTake(IdentifyAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var now = attempt.Now;

        // A newer reading of GET /gateway/bot replaces what the ledger counted.
        if (_state.ObservedAt is null || attempt.ObservedAt > _state.ObservedAt)
        {
            _state.ObservedAt = attempt.ObservedAt;
            _state.Remaining = attempt.Remaining;
            _state.ResetAt = attempt.ResetAt;
            _state.Total = attempt.Total;
        }

        if (_state.ResetAt is { } resetAt && now >= resetAt)
        {
            // The daily budget has reset since it was read.
            _state.Remaining = _state.Total;
            _state.ResetAt = now + TimeSpan.FromDays(1);
        }

        if (_state.Remaining is { } remaining && remaining <= attempt.Reserve)
        {
            return (_state.ResetAt ?? now + TimeSpan.FromMinutes(1)) - now;
        }

        var key = attempt.Bucket.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (_state.NextAllowed.TryGetValue(key, out var next) && next > now)
        {
            return next - now;
        }

        _state.NextAllowed[key] = now + attempt.Window;
        _state.Remaining = _state.Remaining is { } r ? r - 1 : null;
        return TimeSpan.Zero;
    }
}
