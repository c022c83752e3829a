using System.Text;
using System.Threading.Channels;
using StoryBot.Shell;

namespace StoryBot.Tests.Trivia.Shell;

/// <summary>
/// A shell console a test types into line by line (waiting for the bot between lines) and reads the transcript of.
/// </summary>
public sealed class ScriptedConsole : IShellConsole
{
    private readonly LineFeed _in = new();
    private readonly Transcript _out = new();

    public TextReader In => _in;

    public TextWriter Out => _out;

    public bool IsInteractive => false;

    public string Text => _out.Snapshot();

    public void Type(string line) => _in.Send(line);

    public void EndOfInput() => _in.End();

    /// <summary>Waits until the transcript contains <paramref name="text"/> (<paramref name="times"/> times); a safety timeout fails the test.</summary>
    public async Task WaitForAsync(string text, int times = 1)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Count(Text, text) < times)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private static int Count(string haystack, string needle)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private sealed class LineFeed : TextReader
    {
        private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();

        public void Send(string line) => _lines.Writer.TryWrite(line);

        public void End() => _lines.Writer.TryComplete();

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await _lines.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                return null;
            }
        }

        public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    private sealed class Transcript : TextWriter
    {
        private readonly Lock _gate = new();
        private readonly StringBuilder _text = new();

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                _text.Append(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                _text.Append(value).Append('\n');
            }
        }

        public string Snapshot()
        {
            lock (_gate)
            {
                return _text.ToString();
            }
        }
    }
}
