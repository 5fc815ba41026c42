using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Audit;
using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.Data.Conventions;
using HoeWerktMijnStad.Data.Email;
using HoeWerktMijnStad.Data.Learning;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Worksite> Worksites => Set<Worksite>();
    public DbSet<School> Schools => Set<School>();
    public DbSet<SchoolLink> SchoolLinks => Set<SchoolLink>();
    public DbSet<EditorInvitation> EditorInvitations => Set<EditorInvitation>();
    public DbSet<Security.RateLimitWindow> RateLimitWindows => Set<Security.RateLimitWindow>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<PartnerEditor> PartnerEditors => Set<PartnerEditor>();
    public DbSet<PartnerImage> PartnerImages => Set<PartnerImage>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Slot> Slots => Set<Slot>();
    public DbSet<SchoolHoliday> SchoolHolidays => Set<SchoolHoliday>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<BookingEvent> BookingEvents => Set<BookingEvent>();
    public DbSet<BookingChecklistItem> BookingChecklistItems => Set<BookingChecklistItem>();
    public DbSet<BookingMessage> BookingMessages => Set<BookingMessage>();
    public DbSet<BookingMessageReader> BookingMessageReaders => Set<BookingMessageReader>();
    public DbSet<ChecklistTemplateItem> ChecklistTemplateItems => Set<ChecklistTemplateItem>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<MapRule.MapStatusChange> MapStatusChanges => Set<MapRule.MapStatusChange>();
    public DbSet<MapRule.MapExemptMonth> MapExemptMonths => Set<MapRule.MapExemptMonth>();
    public DbSet<MapRule.PartnerExemption> PartnerExemptions => Set<MapRule.PartnerExemption>();
    public DbSet<MapRule.MapMonthClose> MapMonthCloses => Set<MapRule.MapMonthClose>();
    public DbSet<Family.Trip> Trips => Set<Family.Trip>();
    public DbSet<Family.PartySlot> PartySlots => Set<Family.PartySlot>();
    public DbSet<Family.PartyBooking> PartyBookings => Set<Family.PartyBooking>();
    public DbSet<Family.FamilyVideo> FamilyVideos => Set<Family.FamilyVideo>();
    public DbSet<Family.FamilyVideoFile> FamilyVideoFiles => Set<Family.FamilyVideoFile>();
    public DbSet<Demand.DemandRequest> DemandRequests => Set<Demand.DemandRequest>();
    public DbSet<Demand.DemandOffer> DemandOffers => Set<Demand.DemandOffer>();
    public DbSet<Demand.DemandSubscription> DemandSubscriptions => Set<Demand.DemandSubscription>();
    public DbSet<Lesson> Lessons => Set<Lesson>();
    public DbSet<LessonAttachment> LessonAttachments => Set<LessonAttachment>();
    public DbSet<VirtualTour> VirtualTours => Set<VirtualTour>();
    public DbSet<TourStep> TourSteps => Set<TourStep>();
    public DbSet<LearningImage> LearningImages => Set<LearningImage>();
    public DbSet<BestPractice> BestPractices => Set<BestPractice>();
    public DbSet<Agenda.NetworkEvent> NetworkEvents => Set<Agenda.NetworkEvent>();
    public DbSet<Agenda.EventSignUp> EventSignUps => Set<Agenda.EventSignUp>();
    public DbSet<Passports.SchoolClass> SchoolClasses => Set<Passports.SchoolClass>();
    public DbSet<Passports.SkillsPassport> SkillsPassports => Set<Passports.SkillsPassport>();
    public DbSet<Passports.PassportSkill> PassportSkills => Set<Passports.PassportSkill>();
    public DbSet<Passports.ClassPassport> ClassPassports => Set<Passports.ClassPassport>();
    public DbSet<Passports.SkillStamp> SkillStamps => Set<Passports.SkillStamp>();
    public DbSet<Passports.ClassLesson> ClassLessons => Set<Passports.ClassLesson>();
    public DbSet<Campaign.CampaignDesign> CampaignDesigns => Set<Campaign.CampaignDesign>();
    public DbSet<Campaign.VanDesign> VanDesigns => Set<Campaign.VanDesign>();
    public DbSet<Campaign.QrScanDay> QrScanDays => Set<Campaign.QrScanDay>();
    public DbSet<Embeds.EmbedDay> EmbedDays => Set<Embeds.EmbedDay>();

    /// <summary>The keys behind cookies and mailed links, shared by every instance of the site.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("postgis");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
