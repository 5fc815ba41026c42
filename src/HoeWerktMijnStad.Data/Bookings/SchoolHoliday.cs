using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HoeWerktMijnStad.Data.Bookings;

/// <summary>A school holiday of region Noord (Amsterdam and surroundings), kept by the programme leader on
/// /beheer/vakanties. A partner planning a weekly series ticks the ones to skip; the public holidays are computed.</summary>
public sealed class SchoolHoliday
{
    public int Id { get; set; }

    /// <summary>A stable name for forms ("kerst-2026").</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }
    public DateOnly First { get; set; }
    public DateOnly Last { get; set; }
}

internal sealed class SchoolHolidayConfiguration : IEntityTypeConfiguration<SchoolHoliday>
{
    public void Configure(EntityTypeBuilder<SchoolHoliday> builder)
    {
        builder.ToTable("school_holidays", t => t.HasCheckConstraint("ck_school_holidays_period", "last >= first AND last - first <= 70"));
        builder.Property(h => h.Id).HasIdentityOptions(startValue: 1000);
        builder.HasIndex(h => h.Key).IsUnique();
        builder.Property(h => h.Key).HasMaxLength(60);
        builder.Property(h => h.Name).HasMaxLength(100);
        // rijksoverheid.nl's schoolvakanties 2026-2027, region Noord: what the site had before the list was editable
        builder.HasData(
            new SchoolHoliday { Id = 1, Key = "kerst-2026", Name = "Kerstvakantie 2026", First = new DateOnly(2026, 12, 19), Last = new DateOnly(2027, 1, 3) },
            new SchoolHoliday { Id = 2, Key = "voorjaar-2027", Name = "Voorjaarsvakantie 2027", First = new DateOnly(2027, 2, 20), Last = new DateOnly(2027, 2, 28) },
            new SchoolHoliday { Id = 3, Key = "mei-2027", Name = "Meivakantie 2027", First = new DateOnly(2027, 4, 24), Last = new DateOnly(2027, 5, 2) },
            new SchoolHoliday { Id = 4, Key = "zomer-2027", Name = "Zomervakantie 2027", First = new DateOnly(2027, 7, 17), Last = new DateOnly(2027, 8, 29) },
            new SchoolHoliday { Id = 5, Key = "herfst-2027", Name = "Herfstvakantie 2027", First = new DateOnly(2027, 10, 16), Last = new DateOnly(2027, 10, 24) });
    }
}
