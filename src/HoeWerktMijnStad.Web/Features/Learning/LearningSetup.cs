using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HoeWerktMijnStad.Web.Features.Learning;

public static class LearningSetup
{
    /// <summary>Best practices are for the people who organise visits: teachers, partners and the programme leader,
    /// with a confirmed e-mail address (anyone can register as a teacher).</summary>
    public const string BestPracticesPolicy = "best-practices";

    public static WebApplicationBuilder AddHwmsLearning(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(BestPracticesPolicy, policy => policy.RequireRole(Roles.Teacher, Roles.PartnerEditor, Roles.ProgrammeLeader)
                .AddRequirements(new ConfirmedEmailRequirement()));
        builder.Services.AddScoped<IAuthorizationHandler, ConfirmedEmailHandler>();
        builder.Services.AddScoped<LearningQueries>();
        builder.Services.AddScoped<Admin.LessonWrites>();
        builder.Services.AddScoped<Admin.TourWrites>();
        builder.Services.AddScoped<Admin.BestPracticeWrites>();
        builder.Services.AddScoped<Admin.TourSteps>();
        builder.Services.AddScoped<Admin.LearningImages>();
        return builder;
    }

    public static IEndpointRouteBuilder MapLearningEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // tour photos and library images: our own re-encoding, a new id for every upload (as partner images)
        endpoints.MapGet("/leren/afbeeldingen/{id:guid}", async (Guid id, HttpContext context, IDbContextFactory<AppDbContext> dbFactory, CancellationToken cancellationToken) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var image = await db.LearningImages.AsNoTracking().Where(i => i.Id == id)
                .Select(i => new { i.Bytes, i.ContentType }).SingleOrDefaultAsync(cancellationToken);
            if (image is null)
            {
                return Results.NotFound();
            }

            // private: a draft's or a best practice's image must not sit in a shared cache, nor stay long in the
            // browser after it is removed (the id is new per upload, so a short life costs little)
            context.Response.Headers.CacheControl = "private, max-age=300";
            return Results.File(image.Bytes, image.ContentType, entityTag: new EntityTagHeaderValue($"\"{id:N}\""));
        });

        endpoints.MapGet("/leren/lesbrieven/{slug}/bijlage", async (string slug, HttpContext context, LearningQueries queries, CancellationToken cancellationToken) =>
        {
            var leader = context.User.IsInRole(Roles.ProgrammeLeader);
            if (await queries.AttachmentAsync(slug, withDrafts: leader, cancellationToken) is not { } file)
            {
                return Results.NotFound();
            }

            // always a download under a name we made, never a page of this site: no script in a PDF runs here
            context.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
            // never in a shared cache: a lesson taken offline or given a new PDF shows so within a minute
            context.Response.Headers.CacheControl = leader ? "private, no-store" : "private, max-age=60";
            return Results.File(file.Bytes, PdfFiles.ContentType, fileDownloadName: file.FileName);
        });
        return endpoints;
    }
}
