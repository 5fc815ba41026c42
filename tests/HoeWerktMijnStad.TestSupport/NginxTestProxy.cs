using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace HoeWerktMijnStad.TestSupport;

/// <summary>Debian's nginx in front of a site on Kestrel, as in production: TLS with a self-signed certificate made
/// here, plain HTTP beside it, and the repository's own deploy/nginx/hwms-proxy.conf for what it passes on. It runs
/// as a child process (not a daemon) with its config, pid file, logs and temp folders in a folder of its own.</summary>
public sealed class NginxTestProxy : IAsyncDisposable
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"hwms-nginx-{Guid.NewGuid():N}");
    private Process? _process;

    private NginxTestProxy(string hostName)
    {
        HostName = hostName;
        HttpPort = FreePort();
        HttpsPort = FreePort();
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={hostName}", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName(hostName);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        CertificateHash = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "cert.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(_directory, "key.pem"), key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The name the certificate is for; requests use it and <see cref="Client"/> connects it to 127.0.0.1.</summary>
    public string HostName { get; }

    public int HttpPort { get; }

    public int HttpsPort { get; }

    public Uri Https => new($"https://{HostName}:{HttpsPort}/");

    public Uri Http => new($"http://{HostName}:{HttpPort}/");

    private string CertificateHash { get; }

    /// <summary>Picks the ports and makes the certificate; <see cref="StartAsync"/> starts nginx once the site listens
    /// (the site must know the HTTPS port to redirect to).</summary>
    public static NginxTestProxy Create(string hostName = "hwms.test")
    {
        if (!File.Exists(NginxPath))
        {
            throw new InvalidOperationException($"nginx is not installed at {NginxPath}; `make test-deps` (scripts/deps.sh test) installs Debian's nginx.");
        }

        return new NginxTestProxy(hostName);
    }

    public async Task StartAsync(Uri site)
    {
        var d = _directory;
        var config = $$"""
            {{(Environment.IsPrivilegedProcess ? "user root;" : "")}}
            worker_processes 1;
            daemon off;
            pid {{d}}/nginx.pid;
            error_log {{d}}/error.log warn;
            events { worker_connections 128; }
            http {
                access_log {{d}}/access.log;
                client_body_temp_path {{d}}/client_body;
                proxy_temp_path {{d}}/proxy;
                fastcgi_temp_path {{d}}/fastcgi;
                uwsgi_temp_path {{d}}/uwsgi;
                scgi_temp_path {{d}}/scgi;
                map $http_upgrade $connection_upgrade { default upgrade; '' ''; }
                upstream hwms { server {{site.Host}}:{{site.Port}}; keepalive 4; }
                server {
                    listen 127.0.0.1:{{HttpPort}};
                    server_name {{HostName}};
                    include {{RepositoryPaths.Root}}/deploy/nginx/hwms-proxy.conf;
                }
                server {
                    listen 127.0.0.1:{{HttpsPort}} ssl;
                    server_name {{HostName}};
                    ssl_certificate {{d}}/cert.pem;
                    ssl_certificate_key {{d}}/key.pem;
                    include {{RepositoryPaths.Root}}/deploy/nginx/hwms-proxy.conf;
                }
            }
            """;
        await File.WriteAllTextAsync(Path.Combine(d, "nginx.conf"), config);

        // -e: the error log before the config is read, which would otherwise be /var/log/nginx (root's)
        _process = Process.Start(new ProcessStartInfo(NginxPath, ["-p", d, "-e", $"{d}/error.log", "-c", $"{d}/nginx.conf"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start.");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, HttpsPort);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        var log = Path.Combine(d, "error.log");
        throw new InvalidOperationException($"nginx did not listen on port {HttpsPort}: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "")}");
    }

    /// <summary>A client whose requests leave from <paramref name="from"/> (any 127.x.y.z address: all of 127.0.0.0/8 is
    /// this machine) to nginx, and that trusts exactly the certificate made here.</summary>
    public HttpClient Client(IPAddress from, bool followRedirects = true, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = followRedirects,
            CookieContainer = cookies ?? new CookieContainer(),
            UseCookies = true,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    // the host name is the certificate's, not in DNS: it is this machine
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, context.DnsEndPoint.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && string.Equals(certificate.GetCertHashString(HashAlgorithmName.SHA256), CertificateHash, StringComparison.OrdinalIgnoreCase),
            },
        };
        return new HttpClient(handler) { BaseAddress = Https };
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
