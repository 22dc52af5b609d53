// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// 422 <c>NO_ELIGIBLE_DEVICE</c>: every insider of the request was filtered out, so no activity was created
/// (on <c>/register</c>) or nobody was added (on <c>/add-users</c>). <see cref="Skipped"/> and
/// <see cref="GdprDeniedDetails"/> say why; retrying is meaningless unless the segment changes.
/// </summary>
public sealed class NoEligibleDeviceException : LiveActivityException
{
    private readonly SkippedDevices _skipped = SkippedDevices.None;
    private readonly IReadOnlyList<GdprDeniedInsider> _gdprDeniedDetails = [];

    /// <summary>Initializes a new instance of the <see cref="NoEligibleDeviceException"/> class.</summary>
    public NoEligibleDeviceException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NoEligibleDeviceException"/> class with a message.</summary>
    /// <param name="message">The message that describes the error.</param>
    public NoEligibleDeviceException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="NoEligibleDeviceException"/> class with a message and a cause.</summary>
    /// <param name="message">The message that describes the error.</param>
    /// <param name="innerException">The exception that caused this one, or <see langword="null"/>.</param>
    public NoEligibleDeviceException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the devices filtered out, by reason.</summary>
    public SkippedDevices Skipped
    {
        get => _skipped;
        init => _skipped = value ?? SkippedDevices.None;
    }

    /// <summary>Gets the insiders filtered out because GDPR consent is denied.</summary>
    public IReadOnlyList<GdprDeniedInsider> GdprDeniedDetails
    {
        get => _gdprDeniedDetails;
        init => _gdprDeniedDetails = value ?? [];
    }
}
