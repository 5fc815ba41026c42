using System.Data.Common;
using HoeWerktMijnStad.Data.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace HoeWerktMijnStad.Web.Infrastructure.Email;

/// <summary>Wakes the outbox worker once mail queued on a context is committed, and not before: woken earlier, the
/// worker would find nothing and the mail would wait for the next poll. Without an explicit transaction that is
/// when SaveChanges has saved; inside one, when the transaction commits.</summary>
public sealed class OutboxSignal : SaveChangesInterceptor, IDbTransactionInterceptor, IDisposable
{
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> _queued = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Saving(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Saving(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Mail was written to the outbox on this context without a tracked entity (<see cref="SiteMail.QueueAllAsync"/>,
    /// always inside a transaction): wake the worker when that transaction commits, as for tracked mail.</summary>
    public void Queued(DbContext context) => _queued.AddOrUpdate(context, this);

    public void Dispose() => _wake.Dispose();

    private void Saving(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxEmail>().Any(e => e.State == EntityState.Added))
        {
            _queued.AddOrUpdate(context, this);
        }
    }

    // SaveChanges without an explicit transaction has committed its own by now (that commit may have woken the
    // worker already); inside an explicit one, the mail waits for TransactionCommitted
    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null && _queued.Remove(context))
        {
            Wake();
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _queued.Remove(context))
        {
            Wake();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _queued.Remove(context);
        }
    }

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

    /// <summary>Waits to be woken, at most <paramref name="timeout"/>; true when woken.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
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
