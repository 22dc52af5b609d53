// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>One device a push is narrowed to.</summary>
/// <param name="InsiderId">The insider id the device belongs to.</param>
/// <param name="Udid">The unique device id.</param>
public sealed record TargetDevice(string InsiderId, string Udid);
