namespace QcdcBot.Bot.Conversation.Submissions;

internal static class ContentTypes
{
    /// <summary>The type from the extension when the channel gave none or a generic one.</summary>
    public static string For(string name, string? declared)
    {
        if (!string.IsNullOrWhiteSpace(declared) && declared != "application/octet-stream")
        {
            return declared;
        }

        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".doc" => "application/msword",
            ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".pdf" => "application/pdf",
            ".xls" => "application/vnd.ms-excel",
            ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".odt" => "application/vnd.oasis.opendocument.text",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            _ => "application/octet-stream",
        };
    }
}
