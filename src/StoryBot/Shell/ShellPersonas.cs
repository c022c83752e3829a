using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>
/// The users of the console shell. "you" (the default) is the server admin (Manage Server, Manage Messages); any other
/// name given to <c>:as</c> or to a user option is an ordinary member. Ids come from the name alone (FNV-1a), so the
/// same name is the same user in every run and in the trivia tables; <c>:as you</c> is the admin again.
/// Renders user mentions (<c>&lt;@id&gt;</c>) and command mentions (<c>&lt;/name:id&gt;</c>) as Discord shows them.
/// </summary>
public sealed partial class ShellPersonas
{
    public const string AdminName = "you";
    public const ulong AdminId = 100;
    public const BotPermissions AdminPermissions = BotPermissions.ManageGuild | BotPermissions.ManageMessages;

    private readonly Lock gate = new();
    private readonly Dictionary<ulong, string> names = new() { [AdminId] = AdminName };

    public static BotUser Admin { get; } = new(AdminId, AdminName, AdminPermissions);

    /// <summary>The user called <paramref name="name"/>: the admin for "you", otherwise a member with a stable id.</summary>
    public BotUser Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim().TrimStart('@');
        if (string.Equals(trimmed, AdminName, StringComparison.OrdinalIgnoreCase))
        {
            return Admin;
        }

        var id = IdOf(trimmed);
        lock (gate)
        {
            names.TryAdd(id, trimmed);
        }

        return new BotUser(id, trimmed);
    }

    /// <summary>A stable id for a member name, never the admin's: case-insensitive FNV-1a, 10¹² ids above 10⁶.</summary>
    public static ulong IdOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(name.Trim().ToLowerInvariant()))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return 1_000_000 + (hash % 1_000_000_000_000UL);
    }

    /// <summary><c>&lt;@id&gt;</c> → <c>@Name</c> (names seen in this run; <c>@member</c> otherwise), <c>&lt;/name:id&gt;</c> → <c>/name</c>.</summary>
    public string RenderMentions(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('<', StringComparison.Ordinal))
        {
            return text;
        }

        text = UserMention().Replace(text, match =>
        {
            var id = ulong.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            lock (gate)
            {
                return names.TryGetValue(id, out var name) ? "@" + name : "@member";
            }
        });
        return CommandMention().Replace(text, "/$1");
    }

    [GeneratedRegex(@"<@!?(\d{1,20})>", RegexOptions.CultureInvariant)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"</([-_\p{L}\p{N} ]{1,98}):\d{1,20}>", RegexOptions.CultureInvariant)]
    private static partial Regex CommandMention();
}
