namespace QcdcBot.Bot.Hosting;

/// <summary>
/// How the bot process ends (sysexits.h numbers). Anything but 0 means "not a normal stop", so a supervisor with
/// <c>Restart=on-failure</c> restarts it and the log's last critical line says why.
/// </summary>
internal static class ExitCodes
{
    public const int Stopped = 0;

    /// <summary>A background loop or the start failed on something that is not a store fault (a bug).</summary>
    public const int Crashed = 70;

    /// <summary>A fatal store fault: read-only, cannot open, corrupt, schema too new.</summary>
    public const int StoreUnusable = 74;

    /// <summary>At start the store stayed locked (or the disk full) for longer than <c>Storage:StartTimeout</c>.</summary>
    public const int StoreUnavailable = 75;

    /// <summary>A setting is invalid.</summary>
    public const int Configuration = 78;
}
