// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>One reason a payload or a C# type would not (or might not) decode on the device.</summary>
public sealed class ContractProblem
{
    /// <summary>Initializes a new instance of the <see cref="ContractProblem"/> class.</summary>
    /// <param name="path">Where the problem is, e.g. <c>content_state.period</c>.</param>
    /// <param name="kind">What the problem is about.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">What is wrong and what to change.</param>
    public ContractProblem(string path, ContractProblemKind kind, ContractSeverity severity, string message)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        Path = path;
        Kind = kind;
        Severity = severity;
        Message = message;
    }

    /// <summary>Gets where the problem is: <c>content_state.&lt;key&gt;</c>, <c>attributes.&lt;key&gt;</c>, <c>activity_type</c>, or a Swift file and line.</summary>
    public string Path { get; }

    /// <summary>Gets what the problem is about.</summary>
    public ContractProblemKind Kind { get; }

    /// <summary>Gets how serious the problem is.</summary>
    public ContractSeverity Severity { get; }

    /// <summary>Gets a sentence that says what is wrong and what to change.</summary>
    public string Message { get; }

    /// <summary>Returns <c>Severity Kind at Path: Message</c>.</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => $"{Severity} {Kind} at {Path}: {Message}";
}
