using System.Text.Json;
using Microsoft.Playwright;

namespace HoeWerktMijnStad.BrowserTests;

public static class Accessibility
{
    /// <summary>Runs axe-core in the page and returns its WCAG 2.1 A/AA violations, one line each.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string axeSource)
    {
        await page.EvaluateAsync(axeSource);
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
              return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).slice(0, 5).join(' | ')}`);
            }
            """);
        return violations.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
