// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Testing;

internal enum FaultKind
{
    Status,
    Html,
    Delay,
    DropBeforeProcessing,
    DropAfterProcessing,
    MalformedBody,
    Partial,
}
