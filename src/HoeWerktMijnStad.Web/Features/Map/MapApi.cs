using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using HoeWerktMijnStad.Web.Infrastructure.Buffers;
using HoeWerktMijnStad.Web.Infrastructure.Time;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.Map;

public static class MapApi
{
    public static IEndpointRouteBuilder MapMapApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/map/features", GetFeaturesAsync)
            .WithName("MapFeatures")
            .Produces(StatusCodes.Status200OK, contentType: GeoJsonWriter.ContentType)
            .ProducesValidationProblem()
            .CacheOutput(Infrastructure.Caching.PublicPageCache.Policy);
        return endpoints;
    }

    private static async Task<IResult> GetFeaturesAsync(
        HttpContext context, MapFeatureQuery query, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (filter, errors) = MapFilterParser.Parse(context.Request.Query, AmsterdamTime.Today(clock));
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(
                errors.GroupBy(e => e.Parameter).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "De kaartfilter klopt niet.",
                detail: string.Join(" ", errors.Select(e => e.Message)));
        }

        var started = Stopwatch.GetTimestamp();
        var result = await query.RunAsync(filter, cancellationToken: cancellationToken);
        var queried = Stopwatch.GetTimestamp();
        using var body = new PooledBufferWriter(GeoJsonWriter.EstimatedSize(result));
        GeoJsonWriter.Write(result, body);
        context.Response.Headers["Server-Timing"] = string.Create(CultureInfo.InvariantCulture,
            $"query;dur={Stopwatch.GetElapsedTime(started, queried).TotalMilliseconds:0.0}, geojson;dur={Stopwatch.GetElapsedTime(queried).TotalMilliseconds:0.0}");
        var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(SHA256.HashData(body.WrittenSpan), 0, 16)}\"");

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromSeconds(60) };
        if (result.Truncated)
        {
            context.Response.Headers["X-Result-Truncated"] = result.Limit.ToString(CultureInfo.InvariantCulture);
        }

        var ifNoneMatch = context.Request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        // written here rather than through Results.Bytes: the pooled buffer goes back when this method ends
        context.Response.ContentType = GeoJsonWriter.ContentType;
        context.Response.ContentLength = body.WrittenMemory.Length;
        await context.Response.Body.WriteAsync(body.WrittenMemory, cancellationToken);
        return Results.Empty;
    }
}
