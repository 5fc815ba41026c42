namespace HoeWerktMijnStad.Data.Catalogue;

/// <summary>The three programme themes (seed 002:12).</summary>
public enum Theme
{
    GebouwdeOmgeving,
    Mobiliteit,
    Energie,
}

/// <summary>Coarse school level, used to match audiences, activities, worksites and schools.</summary>
public enum EducationLevel
{
    Po,
    Vmbo,
    HavoVwo,
    Mbo,
    Hbo,
}

public enum PartnerKind
{
    InstallationCompany,
    GridOperator,
    Utility,
    Education,
    Construction,
    Other,
}

public enum SiteKind
{
    Office,
    TechLab,
    PracticeRoom,
    TrainingLocation,
    UtilityPlant,
}

public enum ActivityType
{
    CompanyVisit,
    GuestLesson,
    Workshop,
    MiniProject,
    TechLabLesson,
    WorksiteVisit,
    KidsParty,
}

public enum SchoolType
{
    Primary,
    Secondary,
    Vocational,
    HigherVocational,
}

/// <summary>Whether a partner's sites and activities appear on the public map (the monthly rule decides later).</summary>
public enum MapStatus
{
    OnMap,
    OffMap,
}

/// <summary>How an activity is booked: in the partner's fixed slots, or on a date the teacher proposes.</summary>
public enum BookingMode
{
    FixedSlots,
    OnRequest,
}
