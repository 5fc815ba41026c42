using HoeWerktMijnStad.Data.Bookings;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HoeWerktMijnStad.IntegrationTests.Admin;

/// <summary>The standard checklist as the tests read and edit it: the leader's page and the template rows.</summary>
public static class ChecklistTemplates
{
    public const string Page = "/beheer/checklist";

    /// <summary>Posts the page's item form (add, or edit with ?punt=id).</summary>
    public static Task<(HttpResponseMessage Response, string Html)> SaveAsync(HttpClient client, string page, Dictionary<string, string> fields) =>
        client.PostFormAsync(page, fields, "checklist-punt");

    public static async Task<List<ChecklistTemplateItem>> TemplateAsync(this OutboxFixture fixture, ChecklistSide side, ChecklistPhase phase)
    {
        await using var db = fixture.CreateDbContext();
        return await db.ChecklistTemplateItems.Where(i => i.Side == side && i.Phase == phase).OrderBy(i => i.Position).ToListAsync();
    }
}
