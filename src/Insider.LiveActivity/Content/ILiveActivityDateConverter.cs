// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Implemented by every date converter of the Swift-Codable options (the defaults, and the per-property
/// <see cref="LiveActivityDateEncodingAttribute"/> ones, nullable properties included), so a tool that walks
/// <c>JsonPropertyInfo.CustomConverter</c> can tell which form a date is written in.
/// </summary>
public interface ILiveActivityDateConverter
{
    /// <summary>Gets the form the date is written and read in.</summary>
    LiveActivityDateFormat Format { get; }
}
