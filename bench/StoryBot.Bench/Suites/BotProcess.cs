using System.Diagnostics;
using System.Globalization;
using StoryBot.Bench.Measurement;

namespace StoryBot.Bench.Suites;

/// <summary>
/// The real StoryBot executable (built beside this benchmark) started as a child process against the fake Discord,
/// so its start-up, working set and CPU are its own. Output is drained (and kept for errors).
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private BotProcess(Process process, long started)
    {
        _process = process;
        Started = started;
    }

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long Started { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="dll"/> (StoryBot's own build output, whose deps.json matches its folder).</summary>
    public static BotProcess Start(string dll, string workFolder, IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        long started = Stopwatch.GetTimestamp();
        Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start StoryBot.");
        var bot = new BotProcess(process, started);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Peak resident set (VmHWM) so far.</summary>
    public long PeakWorkingSet() => ProcessMemory.PeakWorkingSet(_process.Id);

    /// <summary>User + system CPU the bot has used so far.</summary>
    public TimeSpan Cpu()
    {
        string[] fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        long ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100d);
    }

    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 64_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
