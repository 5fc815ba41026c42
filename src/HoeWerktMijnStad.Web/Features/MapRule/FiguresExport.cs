using System.Globalization;
using System.Text;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Infrastructure;

namespace HoeWerktMijnStad.Web.Features.MapRule;

/// <summary>The figures and the visit list as CSV for Dutch spreadsheet programs: semicolons, UTF-8 with a byte
/// order mark, decimal commas, dates as yyyy-MM-dd; for the programme leader only.</summary>
public static class FiguresExport
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static WebApplication MapFiguresExport(this WebApplication app)
    {
        app.MapGet("/beheer/cijfers.csv", async (string? van, string? tot, LeaderFigures figures, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var (first, last, _) = LeaderFigures.Period(van, tot, clock);
            var months = await figures.ByMonthAsync(first, last, cancellationToken);
            IEnumerable<IReadOnlyList<string>> rows =
            [
                ["maand", "uitgevoerde bezoeken", "leerlingen", "partners op de kaart", "gemiddeld cijfer", "bezoeken met programmaleider"],
                .. months.Select(m => (IReadOnlyList<string>)
                [
                    m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), Number(m.Visits), Number(m.Pupils), Number(m.PartnersOnMap),
                    m.AverageMark?.ToString("0.0", Dutch) ?? "", Number(m.WithLeader),
                ]),
            ];
            return Csv(rows, $"hwms-cijfers-{first}-{last}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(Roles.ProgrammeLeader));

        app.MapGet("/beheer/bezoeken.csv", async (string? van, string? tot, LeaderFigures figures, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var (first, last, _) = LeaderFigures.Period(van, tot, clock);
            var visits = await figures.VisitsAsync(first, last, cancellationToken);
            IEnumerable<IReadOnlyList<string>> rows =
            [
                ["datum", "tijd", "partner", "school", "activiteit", "klas", "leerlingen", "status", "programmaleider mee", "cijfer school", "cijfer bedrijf"],
                .. visits.Select(v =>
                {
                    var local = TimeZoneInfo.ConvertTime(v.StartsAt, Infrastructure.Time.AmsterdamTime.Zone);
                    return (IReadOnlyList<string>)
                    [
                        local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture), v.Partner, v.School,
                        v.Activity, v.Class, Number(v.Pupils), BookingLabels.Of(v.State), v.LeaderAttending ? "ja" : "nee",
                        v.SchoolMark is { } s ? Number(s) : "", v.CompanyMark is { } c ? Number(c) : "",
                    ];
                }),
            ];
            return Csv(rows, $"hwms-bezoeken-{first}-{last}.csv");
        }).RequireAuthorization(policy => policy.RequireRole(Roles.ProgrammeLeader));
        return app;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static IResult Csv(IEnumerable<IReadOnlyList<string>> rows, string fileName) =>
        Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(CsvRows.Write(rows))], "text/csv; charset=utf-8", fileName);
}
