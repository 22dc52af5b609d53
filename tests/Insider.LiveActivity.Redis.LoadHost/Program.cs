// One process of the Redis proofs, launched by Insider.LiveActivity.Redis.Tests: "--mode budget" (the default) offers /update calls
// through the shared budget (BudgetRun); "--mode orchestrate" runs an orchestrator on the shared Redis store (OrchestratorRun).
using Insider.LiveActivity.Redis.LoadHost;

var mode = Array.IndexOf(args, "--mode") is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : "budget";
return mode switch
{
    "budget" => await BudgetRun.RunAsync(args),
    "orchestrate" => await OrchestratorRun.RunAsync(args),
    _ => throw new ArgumentException($"unknown --mode {mode}"),
};
