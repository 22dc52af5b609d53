namespace Insider.LiveActivity.Hosting.Tests.Infrastructure;

/// <summary>
/// A client that "dies" before sending a chosen request: the call never completes and nothing reaches the API, as when the
/// process is killed between recording the intent and sending it.
/// </summary>
public sealed class CrashingClient(ILiveActivityClient inner, CrashSwitch crash) : ILiveActivityClient
{
    public LiveActivityEndpoint? CrashBefore { get; set; }

    /// <summary>Gets or sets what a <c>/register</c> waits for before it is sent (a request kept out), or <see langword="null"/>.</summary>
    public Func<Task?>? HoldRegister { get; set; }

    public Task<ActivityRegistration> RegisterAsync(RegisterRequest request, CancellationToken cancellationToken = default) => Crash<ActivityRegistration>(LiveActivityEndpoint.Register, cancellationToken) ?? inner.RegisterAsync(request, cancellationToken);

    public Task<ActivityRegistration> AddUsersAsync(AddUsersRequest request, CancellationToken cancellationToken = default) => Crash<ActivityRegistration>(LiveActivityEndpoint.AddUsers, cancellationToken) ?? inner.AddUsersAsync(request, cancellationToken);

    public Task<ActivityRegistration> RemoveUsersAsync(RemoveUsersRequest request, CancellationToken cancellationToken = default) => inner.RemoveUsersAsync(request, cancellationToken);

    public Task<PushSummary> StartAsync(StartRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.Start, cancellationToken) ?? inner.StartAsync(request, cancellationToken);

    public Task<PushSummary> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.Update, cancellationToken) ?? inner.UpdateAsync(request, cancellationToken);

    public Task<PushSummary> EndAsync(EndRequest request, CancellationToken cancellationToken = default) =>
        Crash<PushSummary>(LiveActivityEndpoint.End, cancellationToken) ?? inner.EndAsync(request, cancellationToken);

    public Task<SegmentRegistration> RegisterSegmentAsync(RegisterSegmentRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Crash<SegmentRegistration>(LiveActivityEndpoint.Register, cancellationToken)
        ?? (HoldRegister?.Invoke() is { } hold ? AfterAsync(hold, () => inner.RegisterSegmentAsync(request, progress, cancellationToken)) : inner.RegisterSegmentAsync(request, progress, cancellationToken));

    public Task<SegmentRegistration> RemoveSegmentUsersAsync(RemoveSegmentUsersRequest request, IProgress<SegmentProgress>? progress = null, CancellationToken cancellationToken = default) =>
        inner.RemoveSegmentUsersAsync(request, progress, cancellationToken);

    private static async Task<T> AfterAsync<T>(Task hold, Func<Task<T>> call)
    {
        await hold;
        return await call();
    }

    private Task<T>? Crash<T>(LiveActivityEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (!crash.IsDead && CrashBefore != endpoint)
        {
            return null;
        }

        crash.Die();
        // Never completes (the process is gone), unless the caller cancels: a disposed orchestrator can unwind.
        var gone = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        cancellationToken.Register(static state => ((TaskCompletionSource<T>)state!).TrySetCanceled(), gone);
        return gone.Task;
    }
}
