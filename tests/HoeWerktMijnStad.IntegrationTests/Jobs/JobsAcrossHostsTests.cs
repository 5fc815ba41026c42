using Hangfire;
using HoeWerktMijnStad.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HoeWerktMijnStad.IntegrationTests.Jobs;

/// <summary>Hangfire keeps its log provider in one static for the whole process. When another host in the process
/// (another test class) is disposed after it configured Hangfire, this host must still schedule its jobs: a mail
/// that waits for a job, or a booking's follow-up, must not fail on somebody else's disposed logger.</summary>
public sealed class JobsAcrossHostsTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    [Fact]
    public async Task A_host_still_schedules_jobs_after_another_host_in_the_process_is_gone()
    {
        await using var first = new HwmsWebFactory(database.ConnectionString);
        var storage = first.Services.GetRequiredService<JobStorage>();
        await using (var second = new HwmsWebFactory(database.ConnectionString))
        {
            // the second host configures Hangfire after the first one, so the static now points at its logging
            _ = second.Services.GetRequiredService<IRecurringJobManager>();
        }

        var jobId = new BackgroundJobClient(storage).Enqueue(() => Console.WriteLine("Hoe Werkt Mijn Stad"));

        Assert.False(string.IsNullOrEmpty(jobId));
        using var connection = storage.GetConnection();
        Assert.Equal("Enqueued", connection.GetStateData(jobId).Name);
    }
}
