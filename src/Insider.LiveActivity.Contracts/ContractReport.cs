// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Contracts;

/// <summary>The verdict of a contract check: compatible unless a problem is an <see cref="ContractSeverity.Error"/>.</summary>
public sealed class ContractReport
{
    /// <summary>Initializes a new instance of the <see cref="ContractReport"/> class.</summary>
    /// <param name="problems">The problems found, errors and warnings.</param>
    public ContractReport(IEnumerable<ContractProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problems = problems.ToList().AsReadOnly();
        IsCompatible = Problems.All(p => p.Severity != ContractSeverity.Error);
    }

    /// <summary>Gets a value indicating whether the device would decode the payload: no problem is an error (warnings allowed).</summary>
    public bool IsCompatible { get; }

    /// <summary>Gets the problems found, errors and warnings, in the order they were found.</summary>
    public IReadOnlyList<ContractProblem> Problems { get; }

    /// <summary>Returns the verdict and one line per problem.</summary>
    /// <returns>A readable summary, handy in assertion messages.</returns>
    public override string ToString() =>
        (IsCompatible ? "compatible" : "NOT compatible") + (Problems.Count == 0 ? string.Empty : Environment.NewLine + string.Join(Environment.NewLine, Problems));
}
