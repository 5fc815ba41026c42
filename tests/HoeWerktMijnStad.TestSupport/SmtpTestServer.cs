using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>A real SMTP server for the tests: Debian's aiosmtpd, storing what it receives in a Maildir that
/// the test reads back. It can be stopped and started again to play a mail server outage.</summary>
public sealed partial class SmtpTestServer : IAsyncDisposable
{
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), $"hwms-smtp-{Guid.NewGuid():N}");
    private Process? _process;

    private SmtpTestServer(int port) => Port = port;

    public int Port { get; }

    public static async Task<SmtpTestServer> StartAsync()
    {
        var server = new SmtpTestServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    public async Task StartAgainAsync()
    {
        _process = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start (make test installs python3-aiosmtpd).");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException($"The test SMTP server did not listen on port {Port}: {await _process.StandardError.ReadToEndAsync()}");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Every message received so far, oldest first.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var files = new[] { "new", "cur" }
            .Select(folder => Path.Combine(_maildir, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.GetFiles)
            .OrderBy(File.GetLastWriteTimeUtc);
        return files.Select(file => MimeMessage.Load(file)).ToList();
    }

    /// <summary>The newest mail to an address.</summary>
    public MimeMessage LastTo(string address) =>
        Messages().Last(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The path and query of the link to <paramref name="path"/> in the newest mail to an address.</summary>
    public string LinkTo(string address, string path) =>
        LinkPattern().Matches(LastTo(address).TextBody ?? "")
            .Select(m => new Uri(m.Value))
            .First(uri => uri.AbsolutePath == path)
            .PathAndQuery;

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s]+")]
    private static partial System.Text.RegularExpressions.Regex LinkPattern();
}
