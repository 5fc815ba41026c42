using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>A real SMTP server for the tests: Debian's aiosmtpd, storing what it receives in a Maildir that
/// the test reads back. It can be stopped and started again to play a mail server outage, and told to refuse
/// given recipients with given reply codes (<see cref="Refuse"/>) to play a bounce.</summary>
public sealed partial class SmtpTestServer : IAsyncDisposable
{
    // aiosmtpd's Mailbox handler, plus a RCPT hook that reads the refusals file at every recipient, so a test
    // changes what is refused while the server runs
    private const string Handler = """
        import os
        from aiosmtpd.handlers import Mailbox

        class RefusingMailbox(Mailbox):
            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                refusals = os.environ["HWMS_SMTP_REFUSALS"]
                if os.path.exists(refusals):
                    with open(refusals, encoding="utf-8") as lines:
                        for line in lines:
                            refused, _, reply = line.strip().partition(" ")
                            if refused.lower() == address.lower():
                                return reply
                envelope.rcpt_tos.append(address)
                return "250 OK"
        """;

    private readonly string _maildir = Path.Combine(Path.GetTempPath(), $"hwms-smtp-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _refusals = new(StringComparer.OrdinalIgnoreCase);
    private Process? _process;

    private string HandlerDirectory => _maildir + "-handler";

    private string RefusalsFile => Path.Combine(HandlerDirectory, "refusals.txt");

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
        Directory.CreateDirectory(HandlerDirectory);
        await File.WriteAllTextAsync(Path.Combine(HandlerDirectory, "hwms_smtp.py"), Handler);
        var start = new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "hwms_smtp.RefusingMailbox", _maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PYTHONPATH"] = HandlerDirectory;
        start.Environment["HWMS_SMTP_REFUSALS"] = RefusalsFile;
        _process = Process.Start(start) ?? throw new InvalidOperationException("python3 -m aiosmtpd did not start (make test installs python3-aiosmtpd).");
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

    /// <summary>From now on the server answers RCPT TO for <paramref name="address"/> with this reply, for example
    /// "550 5.1.1 No such user" (a bounce) or "451 4.3.0 Try again later" (a temporary refusal); null accepts it again.</summary>
    public void Refuse(string address, string? reply)
    {
        if (reply is null)
        {
            _refusals.Remove(address);
        }
        else
        {
            _refusals[address] = reply;
        }

        Directory.CreateDirectory(HandlerDirectory);
        var temporary = RefusalsFile + ".new";
        File.WriteAllLines(temporary, _refusals.Select(r => $"{r.Key} {r.Value}"));
        File.Move(temporary, RefusalsFile, overwrite: true);
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
        foreach (var directory in new[] { _maildir, HandlerDirectory }.Where(Directory.Exists))
        {
            Directory.Delete(directory, recursive: true);
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
