using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace HoeWerktMijnStad.Web.Infrastructure.Jobs;

/// <summary>Hangfire's log provider is one static for the whole process, set by whichever host configured Hangfire
/// last. A test run starts and disposes many hosts in one process, so that static can point at a host whose
/// logger factory is gone (HangfireIO/Hangfire#2147): then Hangfire logs nothing instead of throwing
/// ObjectDisposedException into another host's work. With one host, as in production, this is the plain
/// ASP.NET Core log provider.</summary>
internal sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new DisposalSafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }

    private sealed class DisposalSafeLog(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
