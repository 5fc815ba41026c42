using System.Text;
using HoeWerktMijnStad.IntegrationTests.Email;
using HoeWerktMijnStad.TestSupport;
using HoeWerktMijnStad.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Jobs;

/// <summary>The README's job table is what the site schedules: a job added, moved or renamed in its feature
/// without the table fails here, with the table to paste.</summary>
public sealed class JobTableTests(OutboxFixture fixture) : IClassFixture<OutboxFixture>
{
    [Fact]
    public void The_readme_lists_every_recurring_job_the_features_plan()
    {
        var plans = fixture.Factory.Services.GetServices<RecurringJobPlan>().ToList();
        var table = new StringBuilder("| job | cron | what it does |\n|---|---|---|\n");
        foreach (var plan in plans)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{plan.Id}` | `{plan.Cron(fixture.Factory.Services)}` | {plan.Purpose} |\n");
        }

        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("<!-- jobs:start -->\n", StringComparison.Ordinal) + "<!-- jobs:start -->\n".Length;
        var end = readme.IndexOf("<!-- jobs:end -->", StringComparison.Ordinal);

        Assert.True(plans.Count >= 8, "every feature's jobs are planned");
        Assert.Equal(plans.Count, plans.Select(p => p.Id).Distinct().Count());
        Assert.Equal(table.ToString(), readme[start..end]);
    }
}
