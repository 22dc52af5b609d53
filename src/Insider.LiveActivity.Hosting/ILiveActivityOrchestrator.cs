// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Hosting;

/// <summary>
/// Drives activities through their life on a schedule: registers them <see cref="LiveActivityOrchestratorOptions.RegisterLead"/>
/// before their start, starts them at <see cref="LiveActivityPlan.StartAt"/>, sends the latest published state within the rate
/// budget, and ends them (the caller's end, or automatically before <c>ends_at</c>). Every accepted plan, state and end is stored
/// before the call returns, and survives a crash or restart.
/// </summary>
public interface ILiveActivityOrchestrator
{
    /// <summary>Stores a plan. Planning a key that exists returns its status and changes nothing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The stored status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is <see langword="null"/>.</exception>
    /// <exception cref="LiveActivityValidationException">The API would reject the plan (ends_at outside 5 minutes to 7 days of its registration, no ids, a start after ends_at, no start content).</exception>
    Task<LiveActivityStatus> PlanAsync(LiveActivityPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Stores the activity's new state. Coalesced: only the latest unsent state is kept and sent.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="content">The new state.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes once the store has the state.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No plan has the key.</exception>
    /// <exception cref="InvalidOperationException">The activity is ending or over.</exception>
    Task PublishAsync(string key, LiveActivityContent content, CancellationToken cancellationToken = default);

    /// <summary>Stores the caller's end: <c>/end</c> with <paramref name="finalContent"/> is sent as soon as the budget allows. Ending twice changes nothing.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="finalContent">The final state.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>A task that completes once the store has the end.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="KeyNotFoundException">No plan has the key.</exception>
    Task EndAsync(string key, LiveActivityContent finalContent, CancellationToken cancellationToken = default);

    /// <summary>Gets the status of an activity.</summary>
    /// <param name="key">The caller's key.</param>
    /// <param name="cancellationToken">A token that cancels the call.</param>
    /// <returns>The status, or <see langword="null"/> when no plan has the key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <see langword="null"/>.</exception>
    Task<LiveActivityStatus?> GetStatusAsync(string key, CancellationToken cancellationToken = default);
}
