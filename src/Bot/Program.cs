using QcdcBot.Bot.Hosting;

// The table of contents: which mode, then one line per area (see Hosting/BotHost.cs).
if (CommandLineTools.IsTool(args))
{
    return await CommandLineTools.RunAsync(args);
}

await BotHost.Create(args).RunAsync();
return 0;
