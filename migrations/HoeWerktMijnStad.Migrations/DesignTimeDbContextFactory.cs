using HoeWerktMijnStad.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HoeWerktMijnStad.Migrations;

/// <summary>Used by `dotnet ef` only. Creating or checking migrations needs no live database; applying them
/// uses ConnectionStrings__Hwms or the project-local cluster of `make run`.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public const string LocalConnectionString = "Host=127.0.0.1;Port=55432;Database=hwms;Username=hwms;Password=hwms";

    public AppDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Hwms") ?? LocalConnectionString;
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        builder.UseHwmsDatabase(connectionString);
        return new AppDbContext(builder.Options);
    }
}
