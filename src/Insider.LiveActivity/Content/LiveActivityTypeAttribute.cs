// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Names the <c>activity_type</c> of a C# attributes type: exactly (case-sensitive) the name of the Swift
/// <c>ActivityAttributes</c> struct it mirrors. Without it, the C# type's own name is used.
/// </summary>
/// <example><code>[LiveActivityType("DeliveryActivityAttributes")] public sealed record Delivery(string CourierName);</code></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class LiveActivityTypeAttribute : Attribute
{
    /// <summary>Initializes a new instance of the <see cref="LiveActivityTypeAttribute"/> class.</summary>
    /// <param name="name">The Swift <c>ActivityAttributes</c> type name; not empty or whitespace.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    public LiveActivityTypeAttribute(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The activity type name cannot be empty or whitespace.", nameof(name));
        }

        Name = name;
    }

    /// <summary>Gets the Swift <c>ActivityAttributes</c> type name sent as <c>activity_type</c>.</summary>
    public string Name { get; }
}
