using System.Globalization;
using System.Runtime.InteropServices;

namespace StoryBot.Bench.Measurement;

/// <summary>The machine the figures were taken on: cores, memory, CPU, runtime and the load average around the run.</summary>
public sealed record MachineInfo(
    int Cores,
    long MemoryBytes,
    string Cpu,
    string Os,
    string Runtime,
    string GcMode,
    string? LohThreshold,
    string LoadAverage)
{
    public static MachineInfo Now() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        Cpu_(),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        System.Runtime.GCSettings.IsServerGC ? "server" : "workstation",
        AppContext.GetData("GCLOHThreshold")?.ToString() ?? Environment.GetEnvironmentVariable("DOTNET_GCLOHThreshold"),
        Load());

    /// <summary>"1-min 5-min 15-min" from /proc/loadavg, or "n/a".</summary>
    public static string Load()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(' ', parts.Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores ({Cpu}), {MemoryBytes / (1024d * 1024 * 1024):0.0} GiB, {Os}, {Runtime}, {GcMode} GC, load {LoadAverage}");

    private static string Cpu_()
    {
        try
        {
            return File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
                ?? RuntimeInformation.ProcessArchitecture.ToString();
        }
        catch (IOException)
        {
            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }
}
