using System.Security.Claims;
using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace HoeWerktMijnStad.IntegrationTests.PartnerSelfService;

/// <summary>The image writes as the images page calls them.</summary>
public sealed class PartnerImagesTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private ClaimsPrincipal EditorB { get; set; } = new();

    public async Task InitializeAsync()
    {
        await fixture.EnsureSelfServiceWorldAsync();
        EditorB = await fixture.PrincipalAsync(SelfServiceWorld.EditorB, Roles.PartnerEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FormFile Png(SKColor color)
    {
        var bytes = TestImages.Encode(64, 64, SKEncodedImageFormat.Png, color);
        return new FormFile(new MemoryStream(bytes), 0, bytes.Length, "File", "logo.png") { Headers = new HeaderDictionary(), ContentType = "image/png" };
    }

    private Task<EditablePartner> PartnerBAsync() => fixture.EditablePartnerAsync("partner-b");

    [Fact]
    public async Task Four_logo_uploads_at_once_leave_one_logo_and_the_losers_are_told_not_failed()
    {
        var partner = await PartnerBAsync();
        var outcomes = await Task.WhenAll(new[] { SKColors.Red, SKColors.Green, SKColors.Blue, SKColors.Orange }.Select(async color =>
        {
            await using var scope = fixture.Factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PartnerImages>().ReplaceLogoAsync(partner, Png(color), EditorB);
        }));

        Assert.Contains(outcomes, o => o.Value == "LogoPlaced");
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal(PartnerImages.ChangedMeanwhile, Assert.Single(o.Errors).Code));
        await using var db = fixture.CreateDbContext();
        var logos = await db.PartnerImages.Where(i => i.PartnerId == partner.Id && i.IsLogo).Select(i => i.Url).ToListAsync();
        var logo = Assert.Single(logos);
        Assert.Equal(logo, await db.Partners.Where(p => p.Id == partner.Id).Select(p => p.LogoUrl).SingleAsync());
    }

    [Fact]
    public async Task A_photo_without_a_description_is_refused_at_that_field_and_nothing_is_stored()
    {
        var partner = await PartnerBAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await using var db = fixture.CreateDbContext();
        var before = await db.PartnerImages.CountAsync(i => i.PartnerId == partner.Id);

        var outcome = await scope.ServiceProvider.GetRequiredService<PartnerImages>().AddPhotoAsync(partner, "  ", Png(SKColors.Gray), EditorB);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(nameof(ImageUploadInput.AltText), error.Field);
        Assert.StartsWith("Beschrijf wat er op de foto te zien is", SiteText.Say<PartnerSelfServiceText>(error), StringComparison.Ordinal);
        Assert.Equal(before, await db.PartnerImages.CountAsync(i => i.PartnerId == partner.Id));
    }
}
