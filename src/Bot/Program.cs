using QcdcBot.Bot.Hosting;

// The table of contents: which mode, then one line per area (see Hosting/BotHost.cs).
if (CommandLineTools.IsTool(args))
{
    return await CommandLineTools.RunAsync(args);
}

// Non-zero when the bot stopped for a reason a person or a supervisor must act on (see Hosting/ExitCodes.cs).
return await BotHost.RunAsync(args);
