using HoeWerktMijnStad.Data.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>Wakes the outbox worker when a unit of work that queued mail has been saved. (Inside an explicit
/// transaction the worker may wake before the commit; the mail then goes at its next round.)</summary>
public sealed class OutboxSignal : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _queued = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.ChangeTracker.Entries<OutboxEmail>().Any(e => e.State == EntityState.Added))
        {
            _queued.AddOrUpdate(context, this);
        }

        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _queued.Remove(context))
        {
            Wake();
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <summary>Mail was written to the outbox on this context without a tracked entity (<see cref="SiteMail.QueueAllAsync"/>):
    /// wake the worker at its next SaveChanges, as for tracked mail.</summary>
    public void Queued(DbContext context) => _queued.AddOrUpdate(context, this);

    public void Dispose() => _wake.Dispose();

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // already awake
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}

/// <summary>Sends queued mail shortly after it is committed, and retries on a schedule.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxSignal signal, IOptions<SmtpOptions> options, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The outbox could not be read; trying again in {Seconds} s.", poll.TotalSeconds);
            }

            try
            {
                await signal.WaitAsync(poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
