using HoeWerktMijnStad.Data.Catalogue;

namespace HoeWerktMijnStad.Data;

/// <summary>The CLR enums stored as PostgreSQL enum types: the database refuses unknown values, and arrays of
/// them read fast (EF's element converters on text arrays cost ~7 µs a row on the map's hot path).</summary>
public static class PostgresEnums
{
    public static readonly IReadOnlyList<(Type ClrType, string Name)> All =
    [
        (typeof(Theme), "theme"),
        (typeof(EducationLevel), "education_level"),
        (typeof(PartnerKind), "partner_kind"),
        (typeof(SiteKind), "site_kind"),
        (typeof(ActivityType), "activity_type"),
        (typeof(SchoolType), "school_type"),
        (typeof(MapStatus), "map_status"),
        (typeof(BookingMode), "booking_mode"),
        (typeof(Bookings.BookingState), "booking_state"),
        (typeof(Bookings.TravelMode), "travel_mode"),
        (typeof(Bookings.ChecklistSide), "checklist_side"),
        (typeof(Bookings.ChecklistPhase), "checklist_phase"),
        (typeof(Bookings.ChecklistEvent), "checklist_event"),
        (typeof(MapRule.MapStatusReason), "map_status_reason"),
        (typeof(Family.Utility), "utility"),
        (typeof(Family.PartyBookingState), "party_booking_state"),
        (typeof(Demand.DemandState), "demand_state"),
        (typeof(Demand.DemandOfferState), "demand_offer_state"),
        (typeof(Demand.DemandMailFrequency), "demand_mail_frequency"),
        (typeof(Learning.LessonKind), "lesson_kind"),
        (typeof(Accounts.SchoolLinkState), "school_link_state"),
        (typeof(Accounts.SchoolLinkCheck), "school_link_check"),
        (typeof(Accounts.InvitationState), "invitation_state"),
        (typeof(Agenda.EventType), "event_type"),
        (typeof(Agenda.EventAudience), "event_audience"),
        (typeof(Embeds.EmbedKind), "embed_kind"),
        (typeof(Agenda.EventSignUpState), "event_sign_up_state"),
        (typeof(Passports.StampSource), "stamp_source"),
        (typeof(Campaign.DesignState), "design_state"),
    ];
}
