using System.CommandLine;
using System.CommandLine.Invocation;

namespace PowerList.Cli;

/// <summary>Prints PowerList's own version (System.CommandLine would print the entry assembly's, wrong under a test host).</summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(CliApp.Version);
        return CliApp.ExitOk;
    }
}
