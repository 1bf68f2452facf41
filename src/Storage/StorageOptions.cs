namespace QcdcBot.Storage;

public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The SQLite file; created on first start.</summary>
    public string Path { get; set; } = "data/qcdcbot.db";
}
