// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's hand-written <c>/register</c> body.</summary>
public sealed record RawRegisterRequest(string ActivityType, IReadOnlyList<string> InsiderIds, DateTimeOffset EndsAt);
