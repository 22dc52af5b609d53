// Copyright (c) Insider.LiveActivity contributors. Licensed under the MIT License.

namespace Insider.LiveActivity.Tests.Infrastructure;

/// <summary>Finds the repository's files from a test's output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder that holds Insider.LiveActivity.sln, searched upwards from the test's output folder.</summary>
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Insider.LiveActivity.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Insider.LiveActivity.sln) was not found above " + AppContext.BaseDirectory);
    }
}
