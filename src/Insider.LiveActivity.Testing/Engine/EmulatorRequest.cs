// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

/// <summary>A host-independent HTTP request.</summary>
internal sealed record EmulatorRequest(string Method, string Path, string? ApiKey, string? ContentType, byte[] Body);
