using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Issue 21 §2 for forms: every form on every page (found from the endpoint data source; route values filled
/// in from <see cref="FuzzWorld"/>), as each role, with every field empty, over-long, with control characters and with
/// wrong types, and one field at a time on the main forms, always with a valid antiforgery token. No 5xx, no stack
/// trace or English framework text, and a refused post stores nothing.</summary>
public sealed partial class FormFuzzTests(OutboxFixture fixture, ITestOutputHelper output) : IClassFixture<OutboxFixture>
{
    // plausible text last: a form that takes it (a reason, a message) may change what the page shows after it
    private static readonly string[] Garbage = ["", new string('x', 10_000), "\u0001\u0002\u001f\u007f", "-1", "99999999999999999999", "é💥<b>", "abc"];

    private static readonly (string Role, string? Email)[] Roles =
        [("anoniem", null), ("docent", SelfServiceWorld.Teacher), ("partner", SelfServiceWorld.EditorA), ("leider", SelfServiceWorld.Leader)];

    [Fact]
    public async Task No_form_answers_garbage_with_a_server_error_and_a_refused_post_stores_nothing()
    {
        var world = await FuzzWorld.OfAsync(fixture);
        var started = Stopwatch.GetTimestamp();
        var failures = new List<string>();
        var pages = Pages(world, failures);
        var sent = 0;
        foreach (var (role, email) in Roles)
        {
            var client = await ClientAsync(email);
            foreach (var page in pages)
            {
                sent += await PostGarbageAsync(client, role, page, failures);
            }

            // the session lasted through every post, so the role really reached its own forms
            if (email is not null && !(await client.GetStringAsync("/")).Contains("Uitloggen", StringComparison.Ordinal))
            {
                failures.Add($"{role} was signed out on the way");
            }
        }

        output.WriteLine($"{sent} posts over {pages.Count} pages as {Roles.Length} roles in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(sent > 500, $"only {sent} posts");
    }

    [Fact]
    public async Task One_bad_field_at_a_time_on_the_main_forms_is_refused_with_a_message_and_stores_nothing()
    {
        var world = await FuzzWorld.OfAsync(fixture);
        var started = Stopwatch.GetTimestamp();
        var failures = new List<string>();
        var sent = 0;

        var teacher = await ClientAsync(SelfServiceWorld.Teacher);
        sent += await OneFieldAtATimeAsync(teacher, $"/aanbod/{world.ActivityId}/aanvragen", "aanvraag", new Dictionary<string, string>
        {
            ["Input.SlotId"] = world.SlotId.ToString(CultureInfo.InvariantCulture), ["Input.Level"] = "Vmbo", ["Input.ClassYear"] = "3", ["Input.Pupils"] = "12",
            ["Input.Adults"] = "2", ["Input.LearningGoals"] = "Hoe werkt een warmtepomp?", ["Input.SpecialNeeds"] = "", ["Input.Travel"] = "Bike",
            ["Input.DayPhone"] = "06 12345678", ["Input.Confirmations[0].Checked"] = "true", ["Input.Confirmations[1].Checked"] = "true",
            ["Input.Confirmations[2].Checked"] = "true",
        }, failures);

        var parent = await ClientAsync(null);
        sent += await OneFieldAtATimeAsync(parent, $"/techniek-is-een-feest/kinderfeestjes/{world.PartySlotId}", "kinderfeestje", new Dictionary<string, string>
        {
            ["Input.ParentName"] = "Sanne de Ouder", ["Input.Email"] = "ouder-veld@thuis.example.nl", ["Input.Phone"] = "06 12345678", ["Input.Children"] = "8",
            ["Input.AgeFrom"] = "8", ["Input.AgeTo"] = "9", ["Input.Consent"] = "true",
        }, failures);

        var partner = await ClientAsync(SelfServiceWorld.EditorA);
        sent += await OneFieldAtATimeAsync(partner, "/partner/aanbod?partner=partner-a", "activiteit", ActivityForm(), failures);

        output.WriteLine($"{sent} posts, one field at a time, in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The partner's new-activity form, filled in as the activity editor's tests do.</summary>
    private static Dictionary<string, string> ActivityForm() => new()
    {
        ["Input.PartnerSlug"] = "partner-a", ["Input.Id"] = "0", ["Input.Title"] = "Een ochtend in de werkplaats", ["Input.Type"] = "Workshop",
        ["Input.Description"] = "Zelf een warmtepomp aansluiten.", ["Input.MinGroupSize"] = "6", ["Input.MaxGroupSize"] = "12",
        ["Input.DurationMinutes"] = "120", ["Input.Place"] = "", ["Input.Levels[0].Value"] = "Vmbo", ["Input.Levels[0].Selected"] = "true",
        ["Input.Themes[0].Value"] = "Energie", ["Input.Themes[0].Selected"] = "true",
    };

    /// <summary>Posts the valid form once with each garbage value in one field; a fresh page for every post, so each has
    /// its own form token and request key.</summary>
    private async Task<int> OneFieldAtATimeAsync(HttpClient client, string page, string form, Dictionary<string, string> valid, List<string> failures)
    {
        var sent = 0;
        foreach (var field in valid.Keys)
        {
            foreach (var garbage in Garbage)
            {
                var values = new Dictionary<string, string>(valid) { [field] = garbage };
                var stored = await CountsAsync();
                var (response, body) = await client.PostFormAsync(page, values, form);
                sent++;
                var what = $"POST {page} ({form}) with {field} = {Short(garbage)}";
                var code = (int)response.StatusCode;
                Check(what, response, body, failures);
                var accepted = code is >= 300 and < 400;
                if (!accepted && await ChangedAsync(stored) is { } table)
                {
                    failures.Add($"{what}: refused ({code}) but stored a row in {table}");
                }

                // refused: the form says why, next to a field or on top
                if (!accepted && code == 200 && !body.Contains("validation-message", StringComparison.Ordinal)
                    && !body.Contains("form-errors", StringComparison.Ordinal) && !body.Contains("role=\"alert\"", StringComparison.Ordinal))
                {
                    failures.Add($"{what}: refused without a message");
                }
            }
        }

        return sent;
    }

    private async Task<HttpClient> ClientAsync(string? email)
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (email is not null)
        {
            await client.SignInAsync(email, SelfServiceWorld.Password);
        }

        return client;
    }

    private async Task<int> PostGarbageAsync(HttpClient client, string role, string page, List<string> failures)
    {
        var sent = 0;
        var response = await client.GetAsync(page);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return 0;
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
                var what = $"{role} POST {page} ({hidden.GetValueOrDefault("_handler")}) with {Short(garbage)}";

                // a refused post shows the form again; only an accepted one (it redirects) may store anything
                if ((int)posted.StatusCode is < 300 or >= 400 && await ChangedAsync(stored) is { } table)
                {
                    failures.Add($"{what}: stored a row in {table} and answered {(int)posted.StatusCode}");
                }

                Check(what, posted, body, failures);
            }
        }

        return sent;
    }

    private static void Check(string what, HttpResponseMessage response, string body, List<string> failures)
    {
        if ((int)response.StatusCode >= 500)
        {
            failures.Add($"{what}: {(int)response.StatusCode}");
        }
        else if (FrameworkText.Find(body) is { } phrase)
        {
            failures.Add($"{what}: the answer says \"{phrase.Trim()}\"");
        }
    }

    private static string Short(string garbage) => garbage.Length > 20 ? garbage[..20] + "..." : garbage;

    /// <summary>Component pages, those with route values at the world's addresses, and the world's pages whose form
    /// opens with a query value. A page with route values the world has no address for is a failure, not a gap.</summary>
    private List<string> Pages(FuzzWorld world, List<string> failures)
    {
        var pages = new List<string>();
        foreach (var endpoint in fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
                     .Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null))
        {
            var raw = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.RoutePattern.Parameters.Count == 0)
            {
                pages.Add(raw);
            }
            else if (world.Urls.TryGetValue(raw, out var url))
            {
                pages.Add(url);
            }
            else
            {
                failures.Add($"FuzzWorld has no address for {raw}");
            }
        }

        return pages.Concat(world.QueryPages).Distinct().ToList();
    }

    private static IReadOnlyList<string>? _tables;

    /// <summary>The row count of every table a form can write to: not the counters that a refused sign-in or reset
    /// is meant to raise, nor the framework's own keys.</summary>
    private async Task<Dictionary<string, long>> CountsAsync()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        if (_tables is null)
        {
            await using var list = new NpgsqlCommand(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1", connection);
            var names = new List<string>();
            await using (var reader = await list.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    names.Add(reader.GetString(0));
                }
            }

            _tables = names.Where(n => !Counters().IsMatch(n)).ToList();
        }

        await using var count = new NpgsqlCommand(string.Join(" UNION ALL ", _tables.Select(t => $"SELECT '{t}', count(*) FROM \"{t}\"")), connection);
        var counts = new Dictionary<string, long>();
        await using var rows = await count.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            counts[rows.GetString(0)] = rows.GetInt64(1);
        }

        return counts;
    }

    private async Task<string?> ChangedAsync(Dictionary<string, long> before)
    {
        var after = await CountsAsync();
        return after.FirstOrDefault(a => before.GetValueOrDefault(a.Key) != a.Value).Key;
    }

    [GeneratedRegex("limit|attempt|data_protection|__EFMigrationsHistory", RegexOptions.IgnoreCase)]
    private static partial Regex Counters();

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input(?=[^>]*type=\"hidden\")(?=[^>]*name=\"(?<name>[^\"]*)\")(?=[^>]*value=\"(?<value>[^\"]*)\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("<(?:input|select|textarea)[^>]*name=\"(?<name>[^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();
}
