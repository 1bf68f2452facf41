namespace QcdcBot.Bot.Text;

/// <summary>
/// The words for every grassroots unit, as letters and /giao both read them on folded text: "chi, đảng bộ cơ sở",
/// "chi bộ, đảng bộ trực thuộc", "đảng bộ, chi bộ cơ sở", "chi và đảng bộ". One definition, so a phrase a letter reads as
/// the grassroots units is read so by /giao too.
/// </summary>
internal static class GroupWording
{
    /// <summary>A regex fragment (no anchors, no "các"): both kinds named together, "cơ sở" or "trực thuộc" optional.</summary>
    public const string Grassroots = @"(?:chi(?:\s+bo)?\s*(?:,|va)?\s*dang\s+bo|dang\s+bo\s*(?:,|va)?\s*chi\s+bo)(?:\s+co\s+so|\s+truc\s+thuoc)?";
}
