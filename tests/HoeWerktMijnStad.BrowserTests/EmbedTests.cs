using System.Net;
using System.Net.Sockets;
using System.Text;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

/// <summary>A partner copies its embed code from /partner/insluiten and a school's page on another origin shows it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbedTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_partner_copies_its_embed_code_and_a_page_on_another_origin_shows_it()
    {
        var site = fixture.BaseAddress.GetLeftPart(UriPartial.Authority);
        var editor = await fixture.SignedInPageAsync(DemoAccounts.Editor);
        await editor.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site });
        await editor.GotoAsync("/partner/insluiten");
        // the live preview on the page is the embed itself
        await Assertions.Expect(editor.FrameLocator("iframe[title^='Voorbeeld: Je aanbod']").Locator("h1")).ToContainTextAsync("Warmtewerk Installaties");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Kopieer de code: Je aanbod voor scholen" }).ClickAsync();
        await Assertions.Expect(editor.GetByText("De code staat op je klembord.")).ToBeVisibleAsync();
        var code = await editor.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Contains($"/insluiten/partners/{DemoAccounts.EditorPartner}/aanbod", code, StringComparison.Ordinal);

        // the code names the site's configured address (make run's); this test's site listens on another port
        code = code.Replace("http://127.0.0.1:5080", site, StringComparison.Ordinal);
        using var school = OtherOrigin.Serve($"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Basisschool De Windroos</title></head><body><h1>Techniek bij ons op school</h1>{code}</body></html>");
        Assert.NotEqual(new Uri(site).Port, school.Address.Port);

        var visitor = await fixture.NewPageAsync();
        await visitor.GotoAsync(school.Address.ToString());
        var frame = visitor.FrameLocator("iframe[data-hwms-embed]");
        await Assertions.Expect(frame.Locator("h1")).ToContainTextAsync("Warmtewerk Installaties");
        // the resize script took the embed's height from its message
        await visitor.WaitForFunctionAsync("() => document.querySelector('iframe[data-hwms-embed]').style.height.endsWith('px')");
        var popup = await visitor.RunAndWaitForPopupAsync(() => frame.GetByRole(AriaRole.Link, new() { Name = "Boek via Hoe Werkt Mijn Stad" }).First.ClickAsync());
        await popup.WaitForURLAsync(url => url.Contains("/aanbod/", StringComparison.Ordinal));
    }

    /// <summary>A second, tiny web server on another port of this machine: another origin, as a school's website is.</summary>
    private sealed class OtherOrigin : IDisposable
    {
        private readonly HttpListener _listener = new();

        private OtherOrigin(string html)
        {
            var port = FreePort();
            Address = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Add(Address.ToString());
            _listener.Start();
            _ = Task.Run(async () =>
            {
                var body = Encoding.UTF8.GetBytes(html);
                while (_listener.IsListening)
                {
                    HttpListenerContext context;
                    try
                    {
                        context = await _listener.GetContextAsync();
                    }
                    catch (HttpListenerException)
                    {
                        return;
                    }
                    catch (ObjectDisposedException)
                    {
                        return;
                    }

                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            });
        }

        public Uri Address { get; }

        public static OtherOrigin Serve(string html) => new(html);

        public void Dispose() => _listener.Close();

        private static int FreePort()
        {
            using var socket = new TcpListener(IPAddress.Loopback, 0);
            socket.Start();
            return ((IPEndPoint)socket.LocalEndpoint).Port;
        }
    }
}
