using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace StoryBot.Data.Import;

/// <summary>
/// What a path is, asked of the operating system before the file is opened: opening a FIFO waits for a writer forever and
/// a device such as <c>/dev/zero</c> never ends, and .NET does not tell them from a file. Linux only (<c>statx</c>, whose
/// result layout is the same on every architecture); elsewhere every path counts as a file and the capped read remains
/// the guard.
/// </summary>
internal static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxSize = 256;
    private const int ModeOffset = 28;

    private static bool unavailable = !OperatingSystem.IsLinux();

    /// <summary>Null for a regular file (or when the kind cannot be told); otherwise what it is, e.g. "a FIFO".</summary>
    public static string? NotRegular(string path)
    {
        if (unavailable)
        {
            return null;
        }

        byte[] name = Encoding.UTF8.GetBytes(path + "\0");
        byte[] buffer = new byte[StatxSize];
        try
        {
            // Flags 0: follows links, so a link named x.txt is judged by what it points to.
            if (Statx(AtFdCwd, name, 0, StatxType, buffer) != 0)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            unavailable = true;
            return null;
        }

        int type = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) & 0xF000;
        return type switch
        {
            0x8000 => null,
            0x4000 => "a folder",
            0x1000 => "a FIFO (named pipe)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, byte[] buffer);
}
