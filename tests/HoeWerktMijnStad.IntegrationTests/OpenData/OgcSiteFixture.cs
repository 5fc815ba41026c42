using System.Diagnostics;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.Demo;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HoeWerktMijnStad.IntegrationTests.OpenData;

/// <summary>The site with the demo data on Kestrel at a loopback port, for real clients from outside the process:
/// GDAL's OAPIF driver and an OpenAPI validator from npm.</summary>
public sealed class OgcSiteFixture : PostgisDatabase
{
    public HwmsWebFactory Factory { get; private set; } = null!;
    public Uri BaseAddress { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory = new HwmsWebFactory(ConnectionString);
        BaseAddress = Factory.StartKestrel();
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync();
    }

    public override async Task DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    public async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a program to its end (at most two minutes) and returns what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
