using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QcdcBot.Bot.Conversation;
using QcdcBot.Scheduling;
using QcdcBot.Storage;

namespace QcdcBot.Tests.Support;

/// <summary>
/// What every in-process harness starts from: the real store, scheduling and conversation services over a SQLite
/// file in a temp folder, on the test's clock. Harnesses add their own options and build.
/// </summary>
internal static class CoreServices
{
    public static string NewFolder(string purpose)
    {
        var folder = Path.Combine(Path.GetTempPath(), "qcdcbot-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static IServiceCollection Create(string databasePath, TimeProvider time, Action<BotOptions> bot) =>
        new ServiceCollection()
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(time)
            .AddSingleton(Options.Create(new StorageOptions { Path = databasePath }))
            .Configure(bot)
            .AddStorageServices()
            .AddSchedulingServices()
            .AddConversationServices();

    /// <summary>Stops the services, lets go of the SQLite file and removes the folder.</summary>
    public static async ValueTask DisposeAsync(ServiceProvider services, string folder)
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not a test failure.
        }
    }
}
