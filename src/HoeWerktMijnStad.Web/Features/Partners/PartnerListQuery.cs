using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Partners;

public sealed record PartnerListItem(string Slug, string Name, PartnerKind Kind, string Pitch, IReadOnlyList<Theme> Themes, string Cities);

public sealed class PartnerListQuery(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<PartnerListItem>> RunAsync(PartnerKind? kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var partners = db.Partners.AsNoTracking().Where(p => p.MapStatus == MapStatus.OnMap);
        if (kind is { } k)
        {
            partners = partners.Where(p => p.Kind == k);
        }

        var rows = await partners.OrderBy(p => p.Name)
            .Select(p => new { p.Slug, p.Name, p.Kind, p.Pitch, p.Themes, Cities = p.Sites.Select(s => s.City).Distinct().ToList() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PartnerListItem(r.Slug, r.Name, r.Kind, r.Pitch, r.Themes, string.Join(", ", r.Cities.Order()))).ToList();
    }
}
