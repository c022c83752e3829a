using StoryBot.Commands;

namespace StoryBot.Shell;

/// <summary>
/// The shell's state: who "you" are, which channel you are in, the messages shown so far (the bot can edit
/// them) and the buttons you can press by number. Thread-safe: background features post while you type. Discord
/// timestamp markup is shown as a Discord client shows it, in the machine's time zone.
/// </summary>
public sealed class ShellSession(IShellConsole console, TimeProvider time, ShellPersonas personas)
{
    public const ulong ShellGuildId = 1;
    public const ulong ShellChannelId = 10;

    private readonly Lock gate = new();
    private readonly Dictionary<ulong, BotMessage> messages = [];
    private readonly List<(BotButton Button, ulong MessageId)> pressable = [];
    private ulong nextMessageId = 1000;

    public CommandContext Context { get; private set; } = new(ShellPersonas.Admin, ShellGuildId, ShellChannelId);

    public ShellPersonas Personas => personas;

    public void SetNsfw(bool nsfw)
    {
        lock (gate)
        {
            Context = Context with { ChannelIsNsfw = nsfw };
        }
    }

    public void SetDirectMessage(bool dm)
    {
        lock (gate)
        {
            Context = Context with { GuildId = dm ? null : ShellGuildId };
        }
    }

    public void SetUser(string name)
    {
        lock (gate)
        {
            Context = Context with { User = personas.Get(name) };
        }
    }

    /// <summary>Shows a new message and returns its id.</summary>
    public ulong Show(BotMessage message, string? header = null)
    {
        lock (gate)
        {
            var id = nextMessageId++;
            messages[id] = message;
            Write(message, id, header);
            return id;
        }
    }

    /// <summary>Replaces a message shown earlier and shows it again. Returns false if there is no such message.</summary>
    public bool Replace(ulong messageId, BotMessage message)
    {
        lock (gate)
        {
            if (!messages.ContainsKey(messageId))
            {
                return false;
            }

            messages[messageId] = message;
            Write(message, messageId, "(edited)");
            return true;
        }
    }

    public bool HasMessage(ulong messageId)
    {
        lock (gate)
        {
            return messages.ContainsKey(messageId);
        }
    }

    /// <summary>The button numbered <paramref name="number"/> (1-based) in the most recent message with buttons (disabled ones included, so numbers stay put).</summary>
    public (BotButton Button, ulong MessageId)? Button(int number)
    {
        lock (gate)
        {
            return number >= 1 && number <= pressable.Count ? pressable[number - 1] : null;
        }
    }

    public void WriteLine(string text)
    {
        lock (gate)
        {
            console.Out.WriteLine(text);
            console.Out.Flush();
        }
    }

    private void Write(BotMessage message, ulong id, string? header)
    {
        var buttons = message.Components.SelectMany(row => row.Buttons)
            .Where(button => button is { CustomId: not null, Url: null })
            .ToList();
        if (buttons.Count > 0)
        {
            pressable.Clear();
            pressable.AddRange(buttons.Select(button => (button, id)));
        }
        else
        {
            pressable.RemoveAll(entry => entry.MessageId == id);
        }

        if (header is not null)
        {
            console.Out.WriteLine(header);
        }

        var now = time.GetUtcNow();
        string rendered = ConsoleRenderer.Render(
            message,
            pressable.Where(entry => entry.MessageId == id).Select(entry => entry.Button).ToList(),
            text => personas.RenderMentions(DiscordTimestamps.Render(text, now, time.LocalTimeZone)));
        console.Out.WriteLine(rendered);
        console.Out.Flush();
    }
}
