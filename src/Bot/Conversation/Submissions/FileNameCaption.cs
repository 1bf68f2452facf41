using System.Text.RegularExpressions;
using QcdcBot.Storage.Text;

namespace QcdcBot.Bot.Conversation.Submissions;

/// <summary>
/// A file sent without a caption is still named: "kh 2027.docx", "BC_tu_kiem_tra.docx" say which paper it is, and
/// are read as a caption would be. A camera's or scanner's own name (IMG_2024…, Scan…, CamScanner …, digits only)
/// and a name that is only a kind of paper ("bao cao.docx") say nothing, and are no caption.
/// </summary>
internal static partial class FileNameCaption
{
    // Words that name no particular paper: the kinds of paper alone, and what people call any file.
    private static readonly HashSet<string> Generic = ["bao", "cao", "bc", "ke", "hoach", "kh", "van", "ban", "tai", "lieu", "file", "tep", "nop", "gui", "final", "moi", "copy"];

    /// <summary>The first file name of <paramref name="names"/> that reads as a caption, or null.</summary>
    public static string? From(IEnumerable<string> names) => names.Select(Read).FirstOrDefault(c => c is not null);

    /// <summary>"BC_tu_kiem_tra.docx" → "BC tu kiem tra"; null for a camera's name or one that names no particular paper.</summary>
    public static string? Read(string name)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        if (CameraName().IsMatch(stem))
        {
            return null;
        }

        var words = Separators().Replace(stem, " ").Trim();
        var folded = VietnameseFold.Fold(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "(1)", "2024": copies and dates alone name nothing; a word beyond the kind of paper must be there, and a
        // year after a kind of paper is one ("kh 2027" is the plan for 2027, as the README's example has it).
        return folded.Any(w => w.Any(char.IsLetter) && !Generic.Contains(w) && !VersionMark().IsMatch(w)) ||
               (folded.Length > 1 && folded.Any(Generic.Contains) && folded.Any(w => Year().IsMatch(w))) ? words : null;
    }

    // "v2", "lan3": which copy of a file, not which paper.
    [GeneratedRegex(@"^(v|lan|ver)\d+$")]
    private static partial Regex VersionMark();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"[_\-\.\s]+")]
    private static partial Regex Separators();

    // What phones, scanner apps and chat apps (our own channels too: "anh-zalo-…", "anh-…") call a file themselves, and names of digits only.
    [GeneratedRegex(@"^(img|image|dsc|dscn|dcim|pxl|photo|anh-zalo|anh|zalo|screenshot|scan|scanned|camscanner|document|vid|received|mmexport)(?=[\p{N}_\-\s\.(]|$)|^[\p{N}_\-\s\.()]+$", RegexOptions.IgnoreCase)]
    private static partial Regex CameraName();
}
