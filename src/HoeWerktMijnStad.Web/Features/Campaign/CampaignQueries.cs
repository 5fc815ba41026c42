using HoeWerktMijnStad.Data;
using HoeWerktMijnStad.Data.Campaign;
using HoeWerktMijnStad.Data.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.Web.Features.Campaign;

public sealed record DesignCard(int Id, string Slogan, Theme Theme, string Class, string School, int Vans, int Scans, DesignState State, string Reason);

public sealed record VanRow(int Id, int DesignId, string Slogan, string Partner, int PartnerId, string Code, int Scans, int ScansLast30Days);

/// <summary>What the campaign's pages read: the gallery, the leader's queue, the vans with their scans, a school's designs.</summary>
public sealed class CampaignQueries(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<List<DesignCard>> DesignsAsync(DesignState? state, int? schoolId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var designs = db.CampaignDesigns.AsNoTracking();
        if (state is { } s)
        {
            designs = designs.Where(d => d.State == s);
        }

        if (schoolId is { } id)
        {
            designs = designs.Where(d => d.SchoolId == id);
        }

        return await designs.OrderBy(d => d.Theme).ThenByDescending(d => d.SubmittedAt)
            .Select(d => new DesignCard(d.Id, d.Slogan, d.Theme, d.Class!.Name, d.School!.Name, d.Adoptions.Count,
                d.Adoptions.SelectMany(a => a.Scans).Sum(x => (int?)x.Scans) ?? 0, d.State, d.Reason))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The vans of the given partners (all when null), with their scans in total and in the last 30 days.</summary>
    public async Task<List<VanRow>> VansAsync(IReadOnlyList<int>? partnerIds, CancellationToken cancellationToken = default)
    {
        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-30);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var vans = db.VanDesigns.AsNoTracking();
        if (partnerIds is not null)
        {
            vans = vans.Where(v => partnerIds.Contains(v.PartnerId));
        }

        return await vans.OrderBy(v => v.Partner!.Name).ThenBy(v => v.AdoptedAt)
            .Select(v => new VanRow(v.Id, v.DesignId, v.Design!.Slogan, v.Partner!.Name, v.PartnerId, v.Code,
                v.Scans.Sum(s => (int?)s.Scans) ?? 0, v.Scans.Where(s => s.Day >= since).Sum(s => (int?)s.Scans) ?? 0))
            .ToListAsync(cancellationToken);
    }

    public async Task<(byte[] Bytes, string Type)?> ImageAsync(int designId, bool publishedOnly, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var image = await db.CampaignDesigns.AsNoTracking().Where(d => d.Id == designId && (!publishedOnly || d.State == DesignState.Published))
            .Select(d => new { d.Image, d.ContentType }).SingleOrDefaultAsync(cancellationToken);
        return image is null ? null : (image.Image, image.ContentType);
    }

    /// <summary>The sticker of a van, when one of the given partners owns it (any partner's when null).</summary>
    public async Task<StickerContent?> StickerAsync(int vanId, IReadOnlyList<int>? partnerIds, Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var van = await db.VanDesigns.AsNoTracking().Where(v => v.Id == vanId && (partnerIds == null || partnerIds.Contains(v.PartnerId)))
            .Select(v => new
            {
                v.Code, v.Design!.Image, v.Design.ContentType, v.Design.Slogan, Partner = v.Partner!.Name,
                Logo = db.PartnerImages.Where(i => i.PartnerId == v.PartnerId && i.IsLogo).Select(i => new { i.Bytes, i.ContentType }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return van is null ? null
            : new StickerContent(van.Image, van.ContentType, van.Slogan, van.Partner, van.Logo?.Bytes, van.Logo?.ContentType, absolute(CampaignLinks.Qr(van.Code)));
    }
}
