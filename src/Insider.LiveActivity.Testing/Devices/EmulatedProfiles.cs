// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>
/// Explicit insider profiles of the emulator. An insider without an explicit profile gets a default one derived from
/// its id prefix (see the package README); an explicit profile always wins. Thread-safe.
/// </summary>
public sealed class EmulatedProfiles
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EmulatedProfile?> _profiles = new(StringComparer.Ordinal);

    internal EmulatedProfiles()
    {
    }

    /// <summary>Gets the number of explicit profiles (including insiders marked as not found).</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _profiles.Count;
            }
        }
    }

    /// <summary>Adds or replaces the profile of <paramref name="insiderId"/> (GDPR field missing, so consenting).</summary>
    /// <param name="insiderId">The insider id.</param>
    /// <param name="devices">The devices; none means the insider exists but has no device.</param>
    public void Add(string insiderId, params EmulatedDevice[] devices) => Add(insiderId, null, devices);

    /// <summary>Adds or replaces the profile of <paramref name="insiderId"/> with an explicit GDPR consent.</summary>
    /// <param name="insiderId">The insider id.</param>
    /// <param name="gdprConsent"><see langword="false"/> denies (listed in <c>gdpr_denied_details</c>); <see langword="true"/> or <see langword="null"/> (field missing) consents.</param>
    /// <param name="devices">The devices (unique udids).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="insiderId"/> is blank or two devices share a udid.</exception>
    public void Add(string insiderId, bool? gdprConsent, params EmulatedDevice[] devices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(insiderId);
        ArgumentNullException.ThrowIfNull(devices);
        var copy = devices.ToArray();
        foreach (var device in copy)
        {
            ArgumentNullException.ThrowIfNull(device, nameof(devices));
        }

        if (copy.Select(d => d.Udid).Distinct(StringComparer.Ordinal).Count() != copy.Length)
        {
            throw new ArgumentException("Device udids must be unique within a profile.", nameof(devices));
        }

        lock (_gate)
        {
            _profiles[insiderId] = new EmulatedProfile(gdprConsent, copy);
        }
    }

    /// <summary>Marks <paramref name="insiderId"/> as having no profile (counted as <c>user_not_found</c>).</summary>
    /// <param name="insiderId">The insider id.</param>
    public void MarkNotFound(string insiderId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(insiderId);
        lock (_gate)
        {
            _profiles[insiderId] = null;
        }
    }

    /// <summary>Removes the explicit profile of <paramref name="insiderId"/>, so the id-prefix default applies again.</summary>
    /// <param name="insiderId">The insider id.</param>
    /// <returns><see langword="true"/> when an explicit profile was removed.</returns>
    public bool Remove(string insiderId)
    {
        lock (_gate)
        {
            return _profiles.Remove(insiderId);
        }
    }

    internal EmulatedProfile? Resolve(string insiderId)
    {
        lock (_gate)
        {
            if (_profiles.TryGetValue(insiderId, out var profile))
            {
                return profile;
            }
        }

        return EmulatedProfile.ForDefault(insiderId);
    }
}
