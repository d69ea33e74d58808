using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PowerList.Loading;
using PowerList.Diagnostics;
using PowerList.Validation;

// bench/load: load and validate of a lists folder, fresh and warm (LoadCache + ValidationCache as `serve` keeps
// them), and the raw costs any cache of parsed files would still pay (read, hash, decode every byte).
//   LoadBench LISTS [FILE] [EDITS=3]
// FILE (default: the first list file) gets "（修订）" appended to its first entry's name per edit, then is restored.
var root = Path.GetFullPath(args[0]);
var edits = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var plan = Directory.EnumerateDirectories(root).Where(d => !Path.GetFileName(d).StartsWith('_') && !Path.GetFileName(d).StartsWith('.'))
    .SelectMany(d => Directory.EnumerateFiles(d, "*.yaml")).Order(StringComparer.Ordinal).ToArray();
var target = args.Length > 1 ? Path.GetFullPath(args[1]) : plan[0];

static string Fmt(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

T Time<T>(string what, Func<T> work)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = work();
    var wall = clock.Elapsed.TotalSeconds;
    var used = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
    Console.WriteLine($"{what,-48} {Fmt(wall)} s wall {Fmt(used)} s CPU  ({GC.GetTotalMemory(false) / 1048576} MB managed)");
    return result;
}

Console.WriteLine($"{root}: {plan.Length} list files");
var bytes = Time("raw: read every list file", () => plan.Sum(p => (long)File.ReadAllBytes(p).Length));
Console.WriteLine($"  {bytes / 1048576} MB");
Time("raw: read + SHA-256 every list file", () => plan.AsParallel().Sum(p => SHA256.HashData(File.ReadAllBytes(p))[0]));
Time("raw: read + UTF-8 decode every list file", () => plan.AsParallel().Sum(p => (long)Encoding.UTF8.GetString(File.ReadAllBytes(p)).Length));

GC.Collect();
var timings = new TimingLog(Console.Error);
var fresh = Time("fresh: load", () => ListLoader.Load(root, LoadOptions.Default, null, timings));
Time("fresh: validate", () => ListValidator.Validate(fresh.Lists, fresh.Unreadable, null, timings));
timings.Mark("fresh");
fresh = null;
GC.Collect();

var load = new LoadCache();
var validation = new ValidationCache();
Time("warm: first run (fills the caches)", () => ListCheck.Run(root, null, load, validation, null, timings));
timings.Mark("first");
Time("warm: no change", () => ListCheck.Run(root, null, load, validation, null, timings));
timings.Mark("no change");
var original = File.ReadAllBytes(target);
try
{
    for (var i = 1; i <= edits; i++)
    {
        var text = File.ReadAllText(target);
        var at = text.IndexOf("    name: ", StringComparison.Ordinal);
        File.WriteAllText(target, text.Insert(text.IndexOf('\n', at), "（修订）"));
        var result = Time($"warm: after edit {i} of {Path.GetFileName(Path.GetDirectoryName(target))}/{Path.GetFileName(target)}",
            () => ListCheck.Run(root, null, load, validation, null, timings));
        timings.Mark($"edit {i}");
        Console.WriteLine($"  parsed {load.Parsed}, unchanged by hash {load.UnchangedByHash}, by stamp {load.UnchangedByStamp}; " +
            $"files checked {validation.Checked}, reused {validation.Reused}; {result.Diagnostics.Count} diagnostics");
    }
}
finally
{
    File.WriteAllBytes(target, original);
}
