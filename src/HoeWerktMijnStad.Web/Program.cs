using HoeWerktMijnStad.Web.Components;
using HoeWerktMijnStad.Web.Features.Accounts;
using HoeWerktMijnStad.Web.Features.Admin;
using HoeWerktMijnStad.Web.Features.Bookings;
using HoeWerktMijnStad.Web.Features.Calendars;
using HoeWerktMijnStad.Web.Features.Campaign;
using HoeWerktMijnStad.Web.Features.Demand;
using HoeWerktMijnStad.Web.Features.Learning;
using HoeWerktMijnStad.Web.Infrastructure;
using HoeWerktMijnStad.Web.Features.Agenda;
using HoeWerktMijnStad.Web.Features.Embeds;
using HoeWerktMijnStad.Web.Features.Map;
using HoeWerktMijnStad.Web.Features.OpenData;
using HoeWerktMijnStad.Web.Features.Family.Parties;
using HoeWerktMijnStad.Web.Features.Family.Videos;
using HoeWerktMijnStad.Web.Features.MapRule;
using HoeWerktMijnStad.Web.Features.Partners;
using HoeWerktMijnStad.Web.Features.Passports;
using HoeWerktMijnStad.Web.Features.PartnerSelfService;
using HoeWerktMijnStad.Web.Features.Privacy;
using HoeWerktMijnStad.Web.Features.Schools;
using HoeWerktMijnStad.Web.Features.Worksites;
using HoeWerktMijnStad.Web.Infrastructure.Caching;
using HoeWerktMijnStad.Web.Infrastructure.Compression;
using HoeWerktMijnStad.Web.Infrastructure.Database;
using HoeWerktMijnStad.Web.Infrastructure.Email;
using HoeWerktMijnStad.Web.Infrastructure.Errors;
using HoeWerktMijnStad.Web.Infrastructure.Flash;
using HoeWerktMijnStad.Web.Infrastructure.Input;
using HoeWerktMijnStad.Web.Infrastructure.Localization;
using HoeWerktMijnStad.Web.Infrastructure.Interactive;
using HoeWerktMijnStad.Web.Infrastructure.Jobs;
using HoeWerktMijnStad.Web.Infrastructure.Markdown;
using HoeWerktMijnStad.Web.Infrastructure.Proxy;
using HoeWerktMijnStad.Web.Infrastructure.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddHwmsProxy();
builder.AddHwmsCompression();
builder.AddHwmsOutputCache();
builder.AddHwmsLocalization();
builder.AddHwmsFlash();
builder.AddHwmsDatabase();
builder.AddHwmsEmail();
builder.AddHwmsAccounts();
builder.AddHwmsSchools();
builder.AddHwmsAdmin();
builder.AddHwmsPrivacy();
builder.AddHwmsPartnerSelfService();
builder.Services.AddOptions<SiteOptions>().BindConfiguration("Site").ValidateDataAnnotations().ValidateOnStart();
builder.AddHwmsMap();
builder.AddHwmsPartners();
builder.AddHwmsWorksites();
builder.AddHwmsBookings();
builder.AddHwmsCalendars();
builder.AddHwmsMapRule();
builder.AddHwmsParties();
builder.AddHwmsDemand();
builder.AddHwmsLearning();
builder.AddHwmsFamilyVideos();
builder.AddHwmsAgenda();
builder.AddHwmsPassports();
builder.AddHwmsCampaign();
builder.AddHwmsEmbeds();
builder.AddHwmsJobs();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<AddressLimits>();
builder.Services.AddSingleton<MarkdownRenderer>();
builder.Services.AddProblemDetails();
builder.AddHwmsErrorPage();
builder.Services.AddRazorComponents();
builder.AddHwmsInteractiveIslands();
builder.AddHwmsFormMapping();
// Dutch text as it is (ë, é, ó) rather than as character references; markup characters are still encoded
builder.Services.AddWebEncoders(options => options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

var migrateOnly = args.Contains("migrate", StringComparer.OrdinalIgnoreCase);
await app.PrepareDatabaseAsync(force: migrateOnly);
if (migrateOnly)
{
    return;
}

app.UseHwmsProxy();
app.UseResponseCompression();
app.UseHwmsErrorPage();

app.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true);
app.UseHwmsSecurityHeaders();
app.UseRequestLocalization();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseHwmsUploadLimits();
app.UseAntiforgery();
app.UseHwmsFlash();
// after authentication (signed-in visitors are never served from it) and the flash hand-over
app.UseOutputCache();

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapMapApi();
app.MapOgcApi();
app.MapSearchEngines();
app.MapAccountEndpoints();
app.MapPrivacyEndpoints();
app.MapPartnerSelfServiceEndpoints();
app.MapPartnerImages();
app.MapBookingEndpoints();
app.MapCalendarFeeds();
app.MapFiguresExport();
app.MapLearningEndpoints();
app.MapFamilyVideoEndpoints();
app.MapAgendaEndpoints();
app.MapCampaignEndpoints();
app.MapEmbedEndpoints();
app.MapHwmsJobs();
app.MapRazorComponents<App>().AddHwmsInteractiveIslands();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
