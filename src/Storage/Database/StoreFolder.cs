namespace QcdcBot.Storage.Database;

/// <summary>Whether the store's folder still takes writes, for telling a read-only file system from a passing I/O error.</summary>
internal static class StoreFolder
{
    public static bool Writable(string storePath)
    {
        var probe = Path.Combine(Path.GetDirectoryName(storePath) ?? ".", $".qcdcbot-probe-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
                return true;
            }
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException e)
        {
            // 30 is EROFS; anything else (a full disk, ENOSPC) is not a read-only folder.
            return e.HResult != 30;
        }
    }
}
