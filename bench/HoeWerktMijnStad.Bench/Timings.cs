using System.Diagnostics;

namespace HoeWerktMijnStad.Bench;

internal static class Timings
{
    /// <summary>30 unmeasured runs, then <paramref name="iterations"/> sequential ones: the median and the 95th percentile
    /// in ms, and what the last warm-up run returned (the answer's size, a row count).</summary>
    public static async Task<(double P50, double P95, int Bytes)> MeasureAsync(int iterations, Func<Task<int>> run)
    {
        var bytes = 0;
        for (var i = 0; i < 30; i++)
        {
            bytes = await run();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return (times[iterations / 2], times[(int)Math.Ceiling(iterations * 0.95) - 1], bytes);
    }
}
