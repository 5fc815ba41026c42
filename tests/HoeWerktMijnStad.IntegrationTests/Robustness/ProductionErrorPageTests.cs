using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>The site in Production on a database that no longer matches the code (a table is gone): a real
/// unexpected error. The visitor gets the Dutch error page with a reference code and no stack trace; the log holds
/// the exception once, with that code.</summary>
public sealed partial class ProductionErrorPageTests : PostgisDatabase
{
    private readonly CapturedLogs _logs = new();
    private HwmsWebFactory _factory = null!;
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _site = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _factory = new HwmsWebFactory(ConnectionString, settings: new Dictionary<string, string> { ["environment"] = "Production" });
        _site = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(_logs)));
        await ExecuteAsync(ConnectionString, "ALTER TABLE activities RENAME TO activities_gone");
    }

    public override async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _factory.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task An_unexpected_error_shows_the_dutch_error_page_with_a_reference_that_the_log_line_carries()
    {
        var response = await _site.CreateClient().GetAsync("/aanbod");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("Production", _site.Services.GetRequiredService<IWebHostEnvironment>().EnvironmentName);
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Er ging iets mis", html, StringComparison.Ordinal);
        var reference = ReferencePattern().Match(html);
        Assert.True(reference.Success, html);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);

        var logged = _logs.Entries.Where(e => e.Exception is not null && !e.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(logged);
        Assert.Contains(reference.Groups[1].Value, line.Message, StringComparison.Ordinal);
        Assert.Contains("/aanbod", line.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex("<code>([0-9a-f]{32})</code>")]
    private static partial Regex ReferencePattern();

    private sealed record Entry(string Category, LogLevel Level, string Message, Exception? Exception);

    private sealed class CapturedLogs : ILoggerProvider
    {
        public ConcurrentQueue<Entry> Entries { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturedLogs logs, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                {
                    logs.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), exception));
                }
            }
        }
    }
}
