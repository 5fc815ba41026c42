using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.IntegrationTests.PartnerSelfService;
using HoeWerktMijnStad.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HoeWerktMijnStad.IntegrationTests.Robustness;

/// <summary>Issue 21 §2: every page and GET endpoint the app itself routes (read from its endpoint data source, so a
/// new page is covered without editing this test), with garbage in each route value and in each of the page's own
/// query parameters, as each role. No answer may be a 5xx or show a stack trace or English framework text (<see cref="FrameworkText"/>).</summary>
public sealed class RouteFuzzTests(OutboxFixture fixture, ITestOutputHelper output) : IClassFixture<OutboxFixture>, IAsyncLifetime
{
    // text, huge, negative, zero, unicode (é and an emoji), markup, empty
    private static readonly string[] Garbage = ["abc", "99999999999999999999", "-1", "0", "%C3%A9", "%F0%9F%92%A5", "%3Cb%3E", ""];

    public Task InitializeAsync() => fixture.EnsureSelfServiceWorldAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task No_route_answers_garbage_with_a_server_error()
    {
        var started = Stopwatch.GetTimestamp();
        var clients = new List<(string Role, HttpClient Client)> { ("anoniem", NoRedirects()) };
        foreach (var (role, email) in new[] { ("docent", SelfServiceWorld.Teacher), ("partner", SelfServiceWorld.EditorA), ("leider", SelfServiceWorld.Leader) })
        {
            var client = NoRedirects();
            await client.SignInAsync(email, SelfServiceWorld.Password);
            Assert.Contains("Uitloggen", await client.GetStringAsync("/"), StringComparison.Ordinal);
            clients.Add((role, client));
        }

        var urls = Urls().Distinct().ToList();
        var failures = new ConcurrentBag<string>();
        var sent = 0;
        await Task.WhenAll(clients.Select(async c =>
        {
            foreach (var url in urls)
            {
                var response = await c.Client.GetAsync(url);
                Interlocked.Increment(ref sent);
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || FrameworkText.Find(body) is not null)
                {
                    failures.Add($"{c.Role} GET {url}: {(int)response.StatusCode} {FrameworkText.Find(body)}");
                }
            }
        }));

        output.WriteLine($"{sent} requests over {urls.Count} addresses as {clients.Count} roles in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Order()));
        // the sessions lasted the whole run, so every role really saw its own pages
        foreach (var (role, client) in clients.Skip(1))
        {
            Assert.True((await client.GetStringAsync("/")).Contains("Uitloggen", StringComparison.Ordinal), $"{role} was signed out on the way");
        }

        Assert.True(urls.Count > 100, $"only {urls.Count} addresses");
    }

    private HttpClient NoRedirects() => fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private IEnumerable<string> Urls()
    {
        foreach (var endpoint in fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var raw = "/" + (pattern.RawText ?? "").TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if ((methods is not null && !methods.Contains(HttpMethods.Get)) || raw.StartsWith("/_", StringComparison.Ordinal)
                || raw.StartsWith("/hangfire", StringComparison.Ordinal) || raw.Contains("**", StringComparison.Ordinal)
                || endpoint.Metadata.Any(m => m.GetType().Name == "StaticAssetDescriptor") || raw == "/uitloggen")
            {
                continue;
            }

            var names = pattern.Parameters.Select(p => p.Name).ToList();
            string Fill(Func<string, string> value) =>
                names.Aggregate(raw, (url, name) => System.Text.RegularExpressions.Regex.Replace(url, "\\{" + name + "(:[^}]*)?\\??\\}", value(name)));

            // each route value garbage in turn (the others a plausible 1), then the page with its own query parameters
            var plain = Fill(_ => "1");
            yield return plain;
            foreach (var name in names)
            {
                foreach (var garbage in Garbage.Where(g => g.Length > 0))
                {
                    yield return Fill(n => n == name ? garbage : "1");
                }
            }

            foreach (var query in QueryNames(endpoint))
            {
                foreach (var garbage in Garbage)
                {
                    yield return $"{plain}?{query}={garbage}";
                }
            }
        }
    }

    /// <summary>A page's [SupplyParameterFromQuery] names, or a minimal API handler's parameters that are not route values.</summary>
    private static IEnumerable<string> QueryNames(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
        {
            return component.Type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => p.Attribute!.Name ?? p.Property.Name);
        }

        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return endpoint.Metadata.OfType<MethodInfo>().FirstOrDefault()?.GetParameters()
            .Where(p => p.Name is not null && !routeNames.Contains(p.Name) && (p.ParameterType == typeof(string) || Nullable.GetUnderlyingType(p.ParameterType) is not null || p.ParameterType.IsPrimitive))
            .Select(p => p.Name!) ?? [];
    }
}
