namespace QcdcBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file; created on first start.</summary>
    public string Path { get; set; } = "data/qcdcbot.db";

    /// <summary>First wait after a transient store fault (disk full, busy, locked, I/O); it doubles up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long the start waits for a store another process holds locked before it gives up (non-zero exit).</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a transient fault lasts before the admins are told (once per episode).</summary>
    public TimeSpan AlertAfter { get; set; } = TimeSpan.FromMinutes(1);
}
