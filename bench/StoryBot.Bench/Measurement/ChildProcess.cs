using System.Diagnostics;

namespace StoryBot.Bench.Measurement;

/// <summary>Runs this benchmark executable again with a hidden verb, so a phase's memory and GC are its own.</summary>
public static class ChildProcess
{
    public static async Task<string> RunSelfAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(environment);
        var start = new ProcessStartInfo
        {
            FileName = SelfFileName(out string? dll),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (dll is not null)
        {
            start.ArgumentList.Add(dll);
        }

        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the benchmark's child process.");
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        string stdout = await output.ConfigureAwait(false);
        string stderr = await errors.ConfigureAwait(false);
        return process.ExitCode == 0
            ? stdout
            : throw new InvalidOperationException($"Child process '{string.Join(' ', start.ArgumentList)}' exited with {process.ExitCode}: {stderr}{stdout}");
    }

    /// <summary>The apphost when there is one; otherwise <c>dotnet</c> plus this assembly's path.</summary>
    private static string SelfFileName(out string? dll)
    {
        string process = Environment.ProcessPath ?? "dotnet";
        dll = null;
        if (Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            dll = typeof(ChildProcess).Assembly.Location;
        }

        return process;
    }
}
