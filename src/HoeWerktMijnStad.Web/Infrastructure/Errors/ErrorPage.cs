using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace HoeWerktMijnStad.Web.Infrastructure.Errors;

/// <summary>Outside Development an unexpected error shows the Dutch page at /fout with a reference code, the
/// request's trace id. The exception is logged once, by <see cref="LoggedException"/>, with that same id in the
/// message, so the code a visitor quotes finds the log line without a log viewer that shows scopes (ADR 0022).</summary>
public static partial class ErrorPage
{
    public const string Path = "/fout";

    /// <summary>The reference code of the current request: the W3C trace id, as in every log line's scope.</summary>
    public static string Reference(HttpContext? context) =>
        Activity.Current is { } activity ? activity.TraceId.ToHexString() : context?.TraceIdentifier ?? "";

    public static WebApplicationBuilder AddHwmsErrorPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddExceptionHandler<LoggedException>();
        return builder;
    }

    public static WebApplication UseHwmsErrorPage(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = Path,
                CreateScopeForErrors = true,
                // LoggedException has written the one log line; the middleware's own would be a second
                SuppressDiagnosticsCallback = _ => true,
            });
        }

        return app;
    }

    /// <summary>Logs the exception with the reference code and leaves the answer to the error page.</summary>
    private sealed partial class LoggedException(ILogger<LoggedException> logger) : IExceptionHandler
    {
        public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            // by now the request's path may be the error page's; the feature keeps the one that failed
            var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
            LogUnexpected(logger, exception, Reference(httpContext), httpContext.Request.Method, path);
            return ValueTask.FromResult(false);
        }

        [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error, reference {Reference}: {Method} {Path}")]
        private static partial void LogUnexpected(ILogger logger, Exception exception, string reference, string method, string? path);
    }
}
