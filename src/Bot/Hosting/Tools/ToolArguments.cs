namespace QcdcBot.Bot.Hosting.Tools;

/// <summary>A tool's own options (<c>--out x</c>) apart from settings passed on to the configuration (<c>--Storage:Path x</c>).</summary>
internal sealed record ToolArguments(IReadOnlyDictionary<string, string> Options, IReadOnlyList<string> Flags, string[] Settings, string? Error)
{
    /// <param name="valued">Options that take a value, e.g. "--out".</param>
    /// <param name="flags">Options that stand alone, e.g. "--force".</param>
    public static ToolArguments Parse(string[] args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string>? flags = null)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var set = new List<string>();
        var settings = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (valued.Contains(arg))
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    return new ToolArguments(options, set, [], $"Thiếu giá trị sau {arg}.");
                }

                options[arg] = args[++i];
            }
            else if (flags?.Contains(arg) == true)
            {
                set.Add(arg);
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':', StringComparison.Ordinal))
            {
                // A setting such as --Storage:Path data/qcdcbot.db, passed on to the configuration as the bot reads it.
                settings.Add(arg);
                if (!arg.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length)
                {
                    settings.Add(args[++i]);
                }
            }
            else
            {
                return new ToolArguments(options, set, [], $"Không hiểu tham số \"{arg}\".");
            }
        }

        return new ToolArguments(options, set, [.. settings], null);
    }
}
