using System.Diagnostics;
using System.Globalization;

namespace StoryBot.Bench.Measurement;

/// <summary>Working-set figures of a process: the kernel's high-water mark (VmHWM) where /proc exists.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set of this process in bytes (VmHWM on Linux, PeakWorkingSet64 elsewhere).</summary>
    public static long PeakWorkingSet() => PeakWorkingSet(Environment.ProcessId);

    public static long PeakWorkingSet(int processId)
    {
        string status = $"/proc/{processId}/status";
        if (File.Exists(status))
        {
            foreach (string line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    string kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }

        using var process = Process.GetProcessById(processId);
        return process.PeakWorkingSet64;
    }
}
