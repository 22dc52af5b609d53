// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's view of one <c>gdpr_denied_details</c> entry.</summary>
public sealed record RawGdprDeniedInsider(string InsiderId, int DevicesCount);
