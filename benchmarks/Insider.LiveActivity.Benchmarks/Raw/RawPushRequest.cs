// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Benchmarks.Raw;

/// <summary>The floor's <c>/start</c>, <c>/update</c> and <c>/end</c> body.</summary>
public sealed record RawPushRequest(string ActivityId, string ActivityType, RawContent Content);
