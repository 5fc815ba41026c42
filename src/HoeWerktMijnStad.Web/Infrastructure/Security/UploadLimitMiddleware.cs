using Microsoft.AspNetCore.Http.Metadata;

namespace HoeWerktMijnStad.Web.Infrastructure.Security;

/// <summary>A post whose announced length is above its page's [RequestSizeLimit] gets 413 and the status page that
/// says what the limits are, before anything reads the body (the antiforgery check would otherwise read it, fail
/// on the limit, and answer a bare 400).</summary>
public static class UploadLimitMiddleware
{
    public static IApplicationBuilder UseHwmsUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.ContentLength is { } length
            && context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit
            && length > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        await next(context);
    });
}
