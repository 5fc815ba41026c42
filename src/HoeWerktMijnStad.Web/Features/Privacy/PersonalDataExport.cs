using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Privacy;

/// <summary>The right of access (AVG art. 15): everything the site holds about one account, as JSON. Only what the
/// person entered, did or is named in; of other people nothing beyond what the person sees on the site anyway (the
/// partner and school of a booking). Lines of the audit log about them leave out who wrote them.</summary>
public sealed class PersonalDataExport(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>The JSON document, or null when the account no longer exists.</summary>
    public async Task<byte[]?> ExportAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new
        {
            u.Id, u.Email, u.EmailConfirmed, Name = u.DisplayName, u.PhoneNumber, u.CreatedAt, u.LastSignInAt, u.InactivityWarnedAt,
            u.TwoFactorEnabled, u.LockoutEnd,
            School = u.School == null ? null : new { u.School.Name, u.School.Address, u.School.City },
        }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var roles = await db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(cancellationToken);
        var editorOf = await db.PartnerEditors.Where(e => e.UserId == userId).Select(e => new { e.Partner!.Name, e.Partner.Slug }).ToListAsync(cancellationToken);
        var bookings = await db.Bookings.AsNoTracking().Where(b => b.TeacherId == userId).OrderBy(b => b.CreatedAt).Select(b => new
        {
            b.Id, Activity = b.Activity!.Title, Partner = b.Partner!.Name, School = b.School!.Name, b.State, b.StartsAt, b.EndsAt, b.DateOptions,
            b.Level, b.ClassYear, b.Pupils, b.Adults, b.LearningGoals, b.SpecialNeeds, b.Travel, b.DayPhone, b.AppliedConfirmations, b.Reason, b.CreatedAt,
        }).ToListAsync(cancellationToken);
        var history = await db.BookingEvents.AsNoTracking().Where(e => e.ActorId == userId).OrderBy(e => e.At)
            .Select(e => new { e.BookingId, e.At, e.What }).ToListAsync(cancellationToken);
        var messages = await db.BookingMessages.AsNoTracking().Where(m => m.AuthorId == userId).OrderBy(m => m.Id)
            .Select(m => new { m.BookingId, m.At, m.Text }).ToListAsync(cancellationToken);
        var checklist = await db.BookingChecklistItems.AsNoTracking().Where(i => i.DoneById == userId).OrderBy(i => i.DoneAt)
            .Select(i => new { i.BookingId, i.Text, i.DoneAt }).ToListAsync(cancellationToken);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.AuthorId == userId).OrderBy(e => e.UpdatedAt).Select(e => new
        {
            e.BookingId, e.Side, e.Preparation, e.Content, e.LearningGoalsFit, e.Organisation, e.Mark, e.WentWell, e.CouldBeBetter,
            e.MetExpectations, e.BestPracticeConsent, e.UpdatedAt, e.SentAt,
        }).ToListAsync(cancellationToken);
        var requests = await db.DemandRequests.AsNoTracking().Where(r => r.TeacherId == userId).OrderBy(r => r.CreatedAt).Select(r => new
        {
            r.Id, r.Title, r.Description, r.ActivityType, r.Theme, r.Level, r.ClassYear, r.Pupils, r.PeriodStart, r.PeriodEnd, r.PreferredWeekdays,
            r.RadiusKm, r.TravelNote, r.WorksiteWelcome, r.TechLabWelcome, r.State, r.CreatedAt, r.ClosedAt,
        }).ToListAsync(cancellationToken);
        var offers = await db.DemandOffers.AsNoTracking().Where(o => o.AuthorId == userId).OrderBy(o => o.CreatedAt).Select(o => new
        {
            o.RequestId, Partner = o.Partner!.Name, Activity = o.Activity!.Title, o.Dates, o.Message, o.State, o.CreatedAt,
        }).ToListAsync(cancellationToken);
        var byThem = await db.AuditEntries.AsNoTracking().Where(a => a.ActorId == userId).OrderBy(a => a.At)
            .Select(a => new { a.At, a.Action, a.Subject, Partner = a.Partner == null ? null : a.Partner.Name }).ToListAsync(cancellationToken);
        var email = account.Email ?? "";
        var literal = email.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        var aboutThem = email.Length == 0 ? [] : await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorId != userId && EF.Functions.ILike(a.Subject, "%" + literal + "%", @"\")).OrderBy(a => a.At)
            .Select(a => new { a.At, a.Action, a.Subject }).ToListAsync(cancellationToken);
        var mails = email.Length == 0 ? [] : await db.OutboxEmails.AsNoTracking().Where(m => EF.Functions.ILike(m.ToAddress, literal, @"\")).OrderBy(m => m.CreatedAt)
            .Select(m => new { m.ToAddress, m.Subject, m.CreatedAt, m.SentAt, m.TextBody }).ToListAsync(cancellationToken);

        var document = new
        {
            About = "Alle gegevens die Hoe Werkt Mijn Stad over je account bewaart (AVG artikel 15). Zie /privacy voor wat we ermee doen en hoe lang.",
            ExportedAt = clock.GetUtcNow(),
            Account = account,
            Roles = roles,
            EditorOf = editorOf,
            Bookings = bookings,
            BookingHistory = history,
            BookingMessages = messages,
            ChecklistItemsTicked = checklist,
            Evaluations = evaluations,
            DemandRequests = requests,
            DemandOffers = offers,
            AuditLogByYou = byThem,
            AuditLogAboutYou = aboutThem,
            Mails = mails,
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }

    public static string FileName(DateOnly day) => $"hoewerktmijnstad-mijn-gegevens-{day:yyyy-MM-dd}.json";
}
