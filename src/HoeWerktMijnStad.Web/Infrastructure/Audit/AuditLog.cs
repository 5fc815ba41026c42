using System.Security.Claims;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Audit;
using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Web.Infrastructure.Audit;

/// <summary>Every change by the programme leader or an editor adds a line to the audit log, on the same
/// context and so in the same SaveChanges (one transaction) as the change itself.</summary>
public static class AuditLog
{
    public static void Record(this AppDbContext db, ClaimsPrincipal actor, string action, string subject, int? partnerId = null) =>
        db.AuditEntries.Add(Entry(actor, action, subject, partnerId, partner: null));

    /// <summary>For a partner that is new in this unit of work: its id is known only once it is saved.</summary>
    public static void Record(this AppDbContext db, ClaimsPrincipal actor, string action, string subject, Partner partner) =>
        db.AuditEntries.Add(Entry(actor, action, subject, partnerId: null, partner));

    private static AuditEntry Entry(ClaimsPrincipal actor, string action, string subject, int? partnerId, Partner? partner) => new()
    {
        ActorId = actor.FindFirstValue(ClaimTypes.NameIdentifier),
        ActorEmail = actor.FindFirstValue(ClaimTypes.Email) ?? actor.Identity?.Name ?? "onbekend",
        Action = action,
        Subject = subject.Length > 500 ? subject[..500] : subject,
        PartnerId = partnerId,
        Partner = partner,
    };
}
