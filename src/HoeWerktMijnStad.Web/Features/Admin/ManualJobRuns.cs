using System.Security.Claims;
using Hangfire;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Admin;

/// <summary>The programme leader starts a recurring job by hand; the audit log says who and when.</summary>
public sealed class ManualJobRuns(IRecurringJobManager jobs, IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task StartAsync(string jobId, ClaimsPrincipal leader, CancellationToken cancellationToken = default)
    {
        jobs.Trigger(jobId);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Record(leader, "Achtergrondtaak met de hand gestart", jobId);
        await db.SaveChangesAsync(cancellationToken);
    }
}
