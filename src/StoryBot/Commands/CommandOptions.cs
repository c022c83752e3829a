using System.Globalization;

namespace StoryBot.Commands;

/// <summary>
/// The option values of an invocation, by name. Values are <see cref="string"/>, <see cref="long"/>,
/// <see cref="double"/>, <see cref="bool"/> or <see cref="ulong"/> (users, channels, roles).
/// </summary>
public sealed class CommandOptions
{
    public static readonly CommandOptions Empty = new(new Dictionary<string, object>());

    private readonly IReadOnlyDictionary<string, object> values;

    public CommandOptions(IReadOnlyDictionary<string, object> values) => this.values = values;

    public IEnumerable<string> Names => values.Keys;

    public bool Has(string name) => values.ContainsKey(name);

    public object? Get(string name) => values.GetValueOrDefault(name);

    /// <summary>The option as trimmed text, or null when absent or blank.</summary>
    public string? GetString(string name) =>
        values.TryGetValue(name, out var value) && Convert.ToString(value, CultureInfo.InvariantCulture) is { } text
            && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;

    public long? GetInteger(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        long l => l,
        int i => i,
        double d when d == Math.Floor(d) => (long)d,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    } : null;

    public double? GetNumber(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        double d => d,
        long l => l,
        int i => i,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    } : null;

    public bool? GetBoolean(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        bool b => b,
        string s when bool.TryParse(s, out var parsed) => parsed,
        _ => null,
    } : null;

    /// <summary>A file option: an attachment from Discord, or (console shell) a local path typed as text.</summary>
    public BotAttachment? GetAttachment(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        BotAttachment attachment => attachment,
        string path when !string.IsNullOrWhiteSpace(path) => new BotAttachment(Path.GetFileName(path.Trim()), -1, null, path.Trim()),
        _ => null,
    } : null;

    /// <summary>A user, channel or role id.</summary>
    public ulong? GetSnowflake(string name) => values.TryGetValue(name, out var value) ? value switch
    {
        ulong u => u,
        long l when l >= 0 => (ulong)l,
        string s when ulong.TryParse(s.Trim('<', '>', '@', '#', '&', '!'), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    } : null;
}
