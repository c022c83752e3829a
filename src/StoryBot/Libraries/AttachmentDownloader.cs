using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using StoryBot.Commands;
using StoryBot.Data.Libraries;

namespace StoryBot.Libraries;

/// <summary>
/// Fetches an uploaded file as untrusted input: only the attachment URL of the interaction's resolved data, only over
/// https from the hosts in <c>Libraries:AllowedHosts</c> (plain http only to a loopback address, i.e. a test server),
/// no redirects followed, the declared size checked first and reading stopped at <c>Libraries:MaxUploadBytes</c>,
/// one timeout for the whole download, the bytes kept in memory only. In the console shell a local path is read
/// under the same size limit.
/// </summary>
public sealed class AttachmentDownloader : IDisposable
{
    private readonly HttpClient _http;
    private readonly IOptions<LibraryLimits> _options;
    private readonly TimeProvider _time;
    private readonly bool _localFiles;

    public AttachmentDownloader(IOptions<LibraryLimits> options, TimeProvider time, LocalFileAccess? localFiles = null)
    {
        _options = options;
        _time = time;
        _localFiles = localFiles is not null;
        _http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    public async Task<DownloadResult> DownloadAsync(BotAttachment attachment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var limits = _options.Value;
        long max = limits.MaxUploadBytes;
        if (attachment.LocalPath is { } path)
        {
            return _localFiles ? await ReadLocalAsync(path, max, cancellationToken) : DownloadResult.Fail("A file must be attached.");
        }

        if (attachment.Size > max)
        {
            return DownloadResult.Fail($"That file is too large ({Size(attachment.Size)}; the limit is {Size(max)}).");
        }

        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || !limits.Hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return DownloadResult.Fail("That file is not on Discord's file servers, so I won't download it.");
        }

        using var timeout = new CancellationTokenSource(limits.DownloadTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return DownloadResult.Fail("The file server sent me somewhere else instead of the file; I don't follow redirects, so nothing was imported.");
            }

            if (!response.IsSuccessStatusCode)
            {
                return DownloadResult.Fail(string.Create(CultureInfo.InvariantCulture, $"The file could not be downloaded (HTTP {(int)response.StatusCode})."));
            }

            long? declared = response.Content.Headers.ContentLength;
            if (declared > max)
            {
                return DownloadResult.Fail($"That file is too large ({Size(declared.Value)}; the limit is {Size(max)}).");
            }

            var bytes = await ReadCappedAsync(await response.Content.ReadAsStreamAsync(linked.Token), max, linked.Token);
            if (bytes is null)
            {
                return DownloadResult.Fail($"That file is larger than the limit of {Size(max)}.");
            }

            if ((declared is { } length && bytes.Length != length) || (attachment.Size > 0 && bytes.Length != attachment.Size))
            {
                return DownloadResult.Fail("The download was cut short (fewer bytes than the file's size), so nothing was imported. Please try again.");
            }

            return DownloadResult.Ok(bytes);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return DownloadResult.Fail("The download took too long, so nothing was imported. Please try again.");
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            return DownloadResult.Fail("The download was cut short, so nothing was imported. Please try again.");
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Reads at most <paramref name="max"/> bytes; null when the stream holds more.</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream stream, long max, CancellationToken cancellationToken)
    {
        await using var source = stream;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task<DownloadResult> ReadLocalAsync(string path, long max, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return DownloadResult.Fail($"No file at {path}.");
            }

            if (info.Length > max)
            {
                return DownloadResult.Fail($"That file is too large ({Size(info.Length)}; the limit is {Size(max)}).");
            }

            await using var file = info.OpenRead();
            var bytes = await ReadCappedAsync(file, max, cancellationToken);
            return bytes is null ? DownloadResult.Fail($"That file is larger than the limit of {Size(max)}.") : DownloadResult.Ok(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return DownloadResult.Fail($"That file cannot be read ({exception.Message.ReplaceLineEndings(" ")}).");
        }
    }

    internal static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d / 1024d:0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");
}
