// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Collections.Concurrent;
using Polly;
using Polly.Timeout;

namespace Insider.LiveActivity;

/// <summary>
/// The per-attempt timeout: the attempt runs on a token that the clock cancels after <see cref="LiveActivityOptions.Timeout"/>.
/// An attempt cancelled by it ends as a <see cref="TimeoutRejectedException"/> outcome (what Polly's timeout strategy
/// produces, so the retry table and the error mapper treat it the same), never when the caller cancelled. Cheaper than
/// Polly's strategy: pooled async state and, on the system clock, pooled <see cref="CancellationTokenSource"/>s.
/// Any other <see cref="TimeProvider"/> (a test's fake clock) gets a source from
/// <c>TimeProvider.CreateCancellationTokenSource</c>, so that clock decides when the attempt times out.
/// </summary>
internal sealed class AttemptTimeoutStage(TimeSpan timeout, TimeProvider timeProvider) : ResilienceStrategy<AttemptOutcome>
{
    private const int MaxPooledSources = 256;

    private readonly ConcurrentQueue<CancellationTokenSource>? _pool = CanPool(timeProvider) ? new() : null;
    private int _pooled;

#if NET6_0_OR_GREATER
    [System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(System.Runtime.CompilerServices.PoolingAsyncValueTaskMethodBuilder<>))]
#endif
    protected override async ValueTask<Outcome<AttemptOutcome>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<AttemptOutcome>>> callback,
        ResilienceContext context,
        TState state)
    {
        // Polly's context token cannot be replaced from outside Polly; the attempt reads its token from the call instead.
        var call = context.Properties.GetValue(CallState.Key, null!);
        var previous = context.CancellationToken;
        var source = Rent();
        var registration = previous.CanBeCanceled
            ? previous.Register(static s => ((CancellationTokenSource)s!).Cancel(), source)
            : default;
        call.AttemptToken = source.Token;
        Outcome<AttemptOutcome> outcome;
        try
        {
            outcome = await callback(context, state).ConfigureAwait(context.ContinueOnCapturedContext);
        }
        catch (Exception ex)
        {
            outcome = Outcome.FromException<AttemptOutcome>(ex);
        }

        var timedOut = source.IsCancellationRequested;
        call.AttemptToken = default;
        registration.Dispose();
        Return(source);
        if (timedOut && outcome.Exception is OperationCanceledException canceled && !previous.IsCancellationRequested)
        {
            return Outcome.FromException<AttemptOutcome>(
                new TimeoutRejectedException($"The operation didn't complete within the allowed timeout of '{timeout}'.", timeout, canceled));
        }

        return outcome;
    }

    private static bool CanPool(TimeProvider timeProvider)
    {
#if NET6_0_OR_GREATER
        return ReferenceEquals(timeProvider, TimeProvider.System);
#else
        _ = timeProvider;
        return false; // no CancellationTokenSource.TryReset
#endif
    }

    private CancellationTokenSource Rent()
    {
        if (_pool is null)
        {
#if NET8_0_OR_GREATER
            return new CancellationTokenSource(timeout, timeProvider);
#else
            return timeProvider.CreateCancellationTokenSource(timeout);
#endif
        }

        if (_pool.TryDequeue(out var source))
        {
            Interlocked.Decrement(ref _pooled);
        }
        else
        {
            source = new CancellationTokenSource();
        }

        source.CancelAfter(timeout);
        return source;
    }

#if NET6_0_OR_GREATER
    private void Return(CancellationTokenSource source)
    {
        if (_pool is not null && source.TryReset())
        {
            if (Interlocked.Increment(ref _pooled) <= MaxPooledSources)
            {
                _pool.Enqueue(source);
                return;
            }

            Interlocked.Decrement(ref _pooled);
        }

        source.Dispose();
    }
#else
    private static void Return(CancellationTokenSource source) => source.Dispose();
#endif
}
