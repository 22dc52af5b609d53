// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>How serious a <see cref="ContractProblem"/> is.</summary>
public enum ContractSeverity
{
    /// <summary>The device would not decode the payload (or would decode a wrong value): the Live Activity silently does not update.</summary>
    Error,

    /// <summary>The device would decode the payload, but something is probably wrong or could not be checked.</summary>
    Warning,
}
