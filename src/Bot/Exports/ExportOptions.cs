using System.ComponentModel.DataAnnotations;

namespace QcdcBot.Bot.Exports;

/// <summary>The <c>Exports</c> section: how large one document sent to a chat may be.</summary>
public sealed class ExportOptions
{
    public const string SectionName = "Exports";

    /// <summary>
    /// The largest document the channel accepts. Telegram bots may send up to 50 MB, so /taifile splits the
    /// archive into parts below this.
    /// </summary>
    [Range(64 * 1024, 2L * 1024 * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;
}
