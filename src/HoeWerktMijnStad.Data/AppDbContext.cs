using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Conventions;
using HoeWerktMijnStad.Data.Email;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Worksite> Worksites => Set<Worksite>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
