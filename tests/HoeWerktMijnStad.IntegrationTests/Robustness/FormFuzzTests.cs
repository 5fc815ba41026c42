using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Issue 21 §2 for forms: every field of every form on every page without route values (found from the
/// endpoint data source), as each role, empty, over-long, with control characters and with wrong types, with a
/// valid antiforgery token. No 5xx, no stack trace, and a refused post stores nothing.</summary>
public sealed partial class FormFuzzTests(OutboxFixture fixture, ITestOutputHelper output) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    private static readonly string[] Garbage = ["", new string('x', 10_000), "\u0001\u0002\u001f\u007f", "abc", "-1", "99999999999999999999", "é💥<b>"];

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task No_form_answers_garbage_with_a_server_error_and_a_refused_post_stores_nothing()
    {
        var started = Stopwatch.GetTimestamp();
        var failures = new List<string>();
        var sent = 0;
        foreach (var (role, email) in Roles)
        {
            sent += await PostGarbageAsync(role, email, failures);
        }

        output.WriteLine($"{sent} posts in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(sent > 100, $"only {sent} posts");
    }

    private async Task<int> PostGarbageAsync(string role, string? email, List<string> failures)
    {
        var sent = 0;
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null)
        {
            await client.SignInAsync(email, SelfServiceWorld.Password);
        }

        foreach (var page in Pages())
        {
            var response = await client.GetAsync(page);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            foreach (var form in FormPattern().Matches(html).Select(m => m.Value).Where(f => f.Contains("name=\"_handler\"", StringComparison.Ordinal)))
            {
                var hidden = HiddenPattern().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
                var fields = FieldPattern().Matches(form).Select(m => WebUtility.HtmlDecode(m.Groups["name"].Value)).Where(n => !hidden.ContainsKey(n)).Distinct().ToList();

                // a form without fields is a button (new recovery codes, log out everywhere): no input to fuzz
                if (fields.Count == 0)
                {
                    continue;
                }

                foreach (var garbage in Garbage)
                {
                    var values = new Dictionary<string, string>(hidden);
                    foreach (var field in fields)
                    {
                        values[field] = garbage;
                    }

                    var stored = await CountsAsync();
                    var posted = await client.PostAsync(page, new FormUrlEncodedContent(values));
                    sent++;
                    var body = await posted.Content.ReadAsStringAsync();
                    var what = $"{role} POST {page} ({hidden.GetValueOrDefault("_handler")}) with {(garbage.Length > 20 ? garbage[..20] + "..." : garbage)}";

                    // a refused post shows the form again; only an accepted one (it redirects) may store anything
                    if ((int)posted.StatusCode is < 300 or >= 400 && await CountsAsync() != stored)
                    {
                        failures.Add($"{what}: stored something and answered {(int)posted.StatusCode}");
                    }

                    if ((int)posted.StatusCode >= 500 || body.Contains("   at ", StringComparison.Ordinal) || body.Contains("Exception", StringComparison.Ordinal))
                    {
                        failures.Add($"{what}: {(int)posted.StatusCode}");
                    }
                }
            }
        }

        // the session lasted through every post, so the role really reached its own forms
        if (email is not null && !(await client.GetStringAsync("/")).Contains("Uitloggen", StringComparison.Ordinal))
        {
            failures.Add($"{role} was signed out on the way");
        }

        return sent;
    }

    private static readonly (string Role, string? Email)[] Roles =
        [("anoniem", null), ("docent", SelfServiceWorld.Teacher), ("partner", SelfServiceWorld.EditorA), ("leider", SelfServiceWorld.Leader)];

    private IEnumerable<string> Pages() =>
        fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null && e.RoutePattern.Parameters.Count == 0)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct();

    private async Task<(int Users, int Mails, int Audit)> CountsAsync()
    {
        await using var db = fixture.CreateDbContext();
        return (await db.Users.CountAsync(), await db.OutboxEmails.CountAsync(), await db.AuditEntries.CountAsync());
    }

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]*)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("<(?:input|select|textarea)[^>]*name=\"(?<name>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();
}
