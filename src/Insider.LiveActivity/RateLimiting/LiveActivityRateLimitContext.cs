// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

using System.Security.Cryptography;
using System.Text;

namespace Insider.LiveActivity;

/// <summary>What a <see cref="ILiveActivityRateLimiter"/> needs to know about the budget an attempt draws on.</summary>
public sealed class LiveActivityRateLimitContext
{
    internal LiveActivityRateLimitContext(string partitionKey, LiveActivityEndpoint endpoint, LiveActivityRateLimitOptions options, LiveActivityRetryOptions retry, TimeProvider timeProvider)
    {
        PartitionKey = partitionKey;
        Endpoint = endpoint;
        PermitLimit = options.PermitLimit;
        Window = options.Window;
        QueueLimit = options.QueueLimit;
        BaseDelay = retry.BaseDelay;
        MaxBackoff = retry.MaxDelay < options.Window ? retry.MaxDelay : options.Window;
        MaxRetryAfter = retry.MaxRetryAfter;
        TimeProvider = timeProvider;
    }

    /// <summary>
    /// Gets the identity of the budget: a SHA-256 digest of the base address and the API key (never the key itself), equal for every
    /// client that talks to the same API with the same key.
    /// </summary>
    public string PartitionKey { get; }

    /// <summary>Gets the endpoint; each endpoint has its own budget.</summary>
    public LiveActivityEndpoint Endpoint { get; }

    /// <summary>Gets the number of requests allowed per <see cref="Window"/>.</summary>
    public int PermitLimit { get; }

    /// <summary>Gets the window of the budget.</summary>
    public TimeSpan Window { get; }

    /// <summary>Gets the number of calls that may wait for budget at once.</summary>
    public int QueueLimit { get; }

    /// <summary>Gets the first pause after a 429 (<see cref="LiveActivityRetryOptions.BaseDelay"/>).</summary>
    public TimeSpan BaseDelay { get; }

    /// <summary>Gets the longest pause after consecutive 429s without <c>Retry-After</c>: the smaller of the window and <see cref="LiveActivityRetryOptions.MaxDelay"/>.</summary>
    public TimeSpan MaxBackoff { get; }

    /// <summary>Gets the longest pause a <c>Retry-After</c> may impose (<see cref="LiveActivityRetryOptions.MaxRetryAfter"/>).</summary>
    public TimeSpan MaxRetryAfter { get; }

    /// <summary>Gets the clock the budget is measured with.</summary>
    public TimeProvider TimeProvider { get; }

    internal static string CreatePartitionKey(Uri baseAddress, string apiKey)
    {
        var input = Encoding.UTF8.GetBytes(baseAddress.AbsoluteUri + "\n" + apiKey);
#if NET5_0_OR_GREATER
        var digest = SHA256.HashData(input);
#else
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(input);
#endif
        var text = new StringBuilder(32);
        for (var i = 0; i < 16; i++)
        {
            text.Append(digest[i].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
