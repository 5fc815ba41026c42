using System.Globalization;
using Npgsql;

namespace HoeWerktMijnStad.Bench;

/// <summary>The CPU time of the PostgreSQL server's processes (the postmaster's children, from /proc), so a run
/// reports the database's work per request beside the site's. Needs a local server on Linux and a superuser
/// (to read data_directory); elsewhere it reports nothing.</summary>
internal sealed class ServerCpu
{
    private readonly int? _postmaster;

    private ServerCpu(int? postmaster) => _postmaster = postmaster;

    public static async Task<ServerCpu> FindAsync(string connectionString)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
            var directory = (string)(await command.ExecuteScalarAsync())!;
            var pid = int.Parse((await File.ReadAllLinesAsync(Path.Combine(directory, "postmaster.pid")))[0], CultureInfo.InvariantCulture);
            return new ServerCpu(pid);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PostgresException or FormatException)
        {
            return new ServerCpu(null);
        }
    }

    /// <summary>Total CPU time of the server's processes so far, or null when it cannot be read.</summary>
    public TimeSpan? Total()
    {
        if (_postmaster is not { } postmaster || !Directory.Exists("/proc"))
        {
            return null;
        }

        long ticks = 0;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                // pid (comm) state ppid ... utime stime: fields 14 and 15, counted after the command's closing parenthesis
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var pid = int.Parse(Path.GetFileName(directory), CultureInfo.InvariantCulture);
                if (pid == postmaster || fields[1] == postmaster.ToString(CultureInfo.InvariantCulture))
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // not a process, or one that just ended
            }
        }

        return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
    }
}
