using System.ComponentModel.DataAnnotations;

namespace HoeWerktMijnStad.Web.Infrastructure.Database;

public sealed class DatabaseOptions
{
    /// <summary>ConnectionStrings:Hwms (environment: ConnectionStrings__Hwms).</summary>
    [Required(ErrorMessage = "ConnectionStrings:Hwms is not set. Set the environment variable ConnectionStrings__Hwms, for example Host=127.0.0.1;Port=55432;Database=hwms;Username=hwms;Password=hwms.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply pending migrations when the site starts (development and single-node deployments).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Load the demo catalogue when the database has none (development and demos only).</summary>
    public bool LoadDemoData { get; set; }
}
