// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity;

/// <summary>
/// Which send of a reconciled <c>/start</c> or <c>/end</c> a call is (<c>ReconcileUnknownOutcomes</c>): it decides how the
/// invoker logs the failures reconciliation expects, so a success path never writes an error entry.
/// </summary>
internal enum ReconcileStep
{
    /// <summary>An ordinary call: a failure is logged as an error.</summary>
    None = 0,

    /// <summary>The first send: an unknown outcome is a warning, since a second send follows.</summary>
    FirstSend,

    /// <summary>The second send: 409 <c>ALREADY_STARTED</c> (start) or 404 <c>NOT_FOUND</c> (end) proves the first landed and is information.</summary>
    SecondSend,
}
