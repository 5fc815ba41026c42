using HoeWerktMijnStad.Data.Accounts;
using HoeWerktMijnStad.Data.Catalogue;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace HoeWerktMijnStad.IntegrationTests.Schools;

/// <summary>A teacher on an address that is not the school's waits for the programme leader, who approves or
/// rejects (with a reason) on /beheer/docenten; the teacher is mailed either way.</summary>
public sealed class SchoolLinkTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private const string Password = "een lang genoeg wachtwoord";

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(HttpClient Client, int SchoolId)> RegisterAndConfirmAsync(string email, string schoolName)
    {
        int schoolId;
        await using (var db = fixture.CreateDbContext())
        {
            var school = new School
            {
                Name = schoolName, Address = "Schoolweg 1", City = "Amsterdam", Location = new Point(4.85, 52.36) { SRID = 4326 },
                MailDomains = ["school-met-domein.example.nl"],
            };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            schoolId = school.Id;
        }

        var client = fixture.Factory.CreateClient();
        await client.PostFormAsync("/registreren", new Dictionary<string, string>
        {
            ["Input.Name"] = "Vrije Mailer", ["Input.Email"] = email, ["Input.SchoolId"] = schoolId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Password"] = Password, ["Input.ConfirmPassword"] = Password,
        });
        await fixture.Factory.DeliverMailAsync();
        var (_, confirmed) = await client.PostFormAsync(fixture.Smtp.LinkTo(email, "/account/bevestigen"), new Dictionary<string, string>(), "bevestigen");
        Assert.Contains("De programmaleider kijkt nog of je bij " + schoolName + " werkt", confirmed, StringComparison.Ordinal);
        await client.SignInAsync(email, Password);
        return (client, schoolId);
    }

    private async Task<int> PendingLinkIdAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        return await db.SchoolLinks.Where(l => l.User!.Email == email && l.State == SchoolLinkState.Pending).Select(l => l.Id).SingleAsync();
    }

    [Fact]
    public async Task A_teacher_on_a_free_mail_address_waits_until_the_leader_approves()
    {
        var (teacher, _) = await RegisterAndConfirmAsync("vrije.mailer@gmail.example.com", "Wachtschool");
        var refused = await teacher.GetAsync("/mijn/boekingen");
        Assert.EndsWith("/geen-toegang", refused.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("De programmaleider kijkt nog", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("De programmaleider kijkt nog", await teacher.GetStringAsync("/account"), StringComparison.Ordinal);

        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var queue = await leader.GetStringAsync("/beheer/docenten");
        Assert.Contains("vrije.mailer@gmail.example.com", queue, StringComparison.Ordinal);
        var linkId = await PendingLinkIdAsync("vrije.mailer@gmail.example.com");
        var (_, approved) = await leader.PostFormAsync("/beheer/docenten", new Dictionary<string, string> { ["Decision.Id"] = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"goedkeuren-{linkId}");
        Assert.Contains("De docent hoort nu bij de school", approved, StringComparison.Ordinal);

        await fixture.Factory.DeliverMailAsync();
        Assert.Equal("Je account hoort nu bij Wachtschool", fixture.Smtp.LastTo("vrije.mailer@gmail.example.com").Subject);
        var bookings = await teacher.GetAsync("/mijn/boekingen");
        Assert.EndsWith("/mijn/boekingen", bookings.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Je school heeft nog niets geboekt", await bookings.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_teacher_reads_in_the_mail()
    {
        var (teacher, _) = await RegisterAndConfirmAsync("afgewezen@gmail.example.com", "Afwijsschool");
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var linkId = await PendingLinkIdAsync("afgewezen@gmail.example.com");
        var id = linkId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (_, noReason) = await leader.PostFormAsync("/beheer/docenten", new Dictionary<string, string> { ["Decision.Id"] = id, ["Decision.Reason"] = " " }, $"afwijzen-{linkId}");
        Assert.Contains("Schrijf kort waarom", noReason, StringComparison.Ordinal);
        Assert.Equal(linkId, await PendingLinkIdAsync("afgewezen@gmail.example.com"));

        var (_, rejected) = await leader.PostFormAsync("/beheer/docenten", new Dictionary<string, string> { ["Decision.Id"] = id, ["Decision.Reason"] = "Onbekend bij de school." }, $"afwijzen-{linkId}");
        Assert.Contains("De aanvraag is afgewezen", rejected, StringComparison.Ordinal);
        await fixture.Factory.DeliverMailAsync();
        Assert.Contains("Onbekend bij de school.", fixture.Smtp.LastTo("afgewezen@gmail.example.com").TextBody, StringComparison.Ordinal);
        Assert.Contains("Onbekend bij de school.", await teacher.GetStringAsync("/account"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_teacher_who_moves_keeps_the_old_school_until_the_new_one_is_verified()
    {
        var (teacher, firstSchool) = await RegisterAndConfirmAsync("verhuizer@gmail.example.com", "Eerste school");
        var leader = await fixture.SignedInAsync(SelfServiceWorld.Leader);
        var first = await PendingLinkIdAsync("verhuizer@gmail.example.com");
        await leader.PostFormAsync("/beheer/docenten", new Dictionary<string, string> { ["Decision.Id"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"goedkeuren-{first}");

        int secondSchool;
        await using (var db = fixture.CreateDbContext())
        {
            var school = new School { Name = "Tweede school", Address = "Laan 3", City = "Diemen", Location = new Point(4.96, 52.34) { SRID = 4326 } };
            db.Schools.Add(school);
            await db.SaveChangesAsync();
            secondSchool = school.Id;
        }

        var (_, asked) = await teacher.PostFormAsync("/account", new Dictionary<string, string> { ["Input.SchoolId"] = secondSchool.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "school");
        Assert.Contains("Je aanvraag staat klaar", asked, StringComparison.Ordinal);
        Assert.Equal(firstSchool, await SchoolOfAsync("verhuizer@gmail.example.com"));

        var second = await PendingLinkIdAsync("verhuizer@gmail.example.com");
        await leader.PostFormAsync("/beheer/docenten", new Dictionary<string, string> { ["Decision.Id"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"goedkeuren-{second}");
        Assert.Equal(secondSchool, await SchoolOfAsync("verhuizer@gmail.example.com"));
        await using var check = fixture.CreateDbContext();
        Assert.Equal(SchoolLinkState.Ended, await check.SchoolLinks.Where(l => l.Id == first).Select(l => l.State).SingleAsync());
    }

    private async Task<int?> SchoolOfAsync(string email)
    {
        await using var db = fixture.CreateDbContext();
        return await db.Users.Where(u => u.Email == email).Select(u => u.SchoolId).SingleAsync();
    }
}
