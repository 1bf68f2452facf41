namespace QcdcBot.Bot.Digest;

internal static class TextBar
{
    /// <summary>"█████░░░░░" for 54%: ten cells read well on a phone in any font.</summary>
    public static string Draw(int done, int total, int cells = 10)
    {
        var filled = total <= 0 ? 0 : (int)Math.Round((double)done * cells / total, MidpointRounding.AwayFromZero);
        filled = Math.Clamp(filled, 0, cells);
        return new string('█', filled) + new string('░', cells - filled);
    }
}
