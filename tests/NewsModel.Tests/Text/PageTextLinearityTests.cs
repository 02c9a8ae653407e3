using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using NewsModel.Tests.TestSupport;
using Xunit.Abstractions;

namespace NewsModel.Tests.Text;

/// <summary>
/// Issue 7, section 1: parse time and allocation grow linearly with the input for every adversarial shape. Each case
/// parses the same shape at 1 MiB and at 4 MiB in one run and compares the two: linear growth is a ratio of about 4,
/// quadratic growth (the defect: every repeated heading copied everything read so far) a ratio of about 16.
/// </summary>
/// <remarks>
/// Allocation is deterministic (the bytes this thread allocates, after a warm-up so that pooled buffers exist), so its
/// bound is tight. Time is not: caches, page faults and a shared machine make even a linear scan take more than 4 times
/// as long at 4 MiB. So the parse's time ratio is divided by a linear baseline's, timed in turns with it, each the
/// fastest of several runs with collections held off; the bound is generous and a quadratic parse still exceeds it.
/// No absolute time is asserted.
/// </remarks>
[Collection(nameof(PageTextLinearityTests))]
public sealed class PageTextLinearityTests(ITestOutputHelper output)
{
    private const int Small = 1024 * 1024;
    private const int Large = 4 * 1024 * 1024;
    private const double SizeRatio = (double)Large / Small;

    // Linear growth gives about 4; a little more than that allows for the pools and the one-off growth of buffers.
    private const double MaxAllocationRatio = 1.5 * SizeRatio;

    // A parse that keeps next to nothing (blank lines) allocates a few hundred bytes, and a one-off runtime allocation on
    // the thread can multiply that ratio under a busy machine: a fixed slack of 1/16 of the small input absorbs that,
    // while a quadratic parse (megabytes more at 4 MiB) still exceeds the bound by far.
    private const long AllocationSlack = Small / 16;

    // Against the baseline's growth, linear gives about 1 and quadratic 4: 3 leaves room for a noisy machine.
    private const double MaxTimeGrowthOverBaseline = 3;

    private const int TimedRuns = 7;
    private const int MaxRounds = 3;
    private const long NoGCMargin = 16 * 1024 * 1024;

    public static TheoryData<AdversarialShape> Shapes() => [.. AdversarialPages.Shapes];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TryParseUtf8_AdversarialShape_TimeAndAllocationGrowLinearly(AdversarialShape shape)
    {
        var small = AdversarialPages.Create(shape, Small);
        var large = AdversarialPages.Create(shape, Large);

        AssertLinear(
            shape,
            () => NewsPageText.ParseWithDiagnostics(small),
            () => NewsPageText.ParseWithDiagnostics(large),
            () => Encoding.UTF8.GetString(small).Split('\n'),
            () => Encoding.UTF8.GetString(large).Split('\n'));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void TryParseString_AdversarialShape_TimeAndAllocationGrowLinearly(AdversarialShape shape)
    {
        var small = Encoding.UTF8.GetString(AdversarialPages.Create(shape, Small));
        var large = Encoding.UTF8.GetString(AdversarialPages.Create(shape, Large));

        AssertLinear(
            shape,
            () => NewsPageText.ParseWithDiagnostics(small),
            () => NewsPageText.ParseWithDiagnostics(large),
            () => small.Split('\n'),
            () => large.Split('\n'));
    }

    [Fact]
    public void AdversarialPages_EveryShape_FitsTheDefaultLimitAndParses()
    {
        // The shapes must reach the parser's real work: within the default limit, and read to a page.
        foreach (var shape in AdversarialPages.Shapes)
        {
            var input = AdversarialPages.Create(shape, Large);
            input.Length.Should().BeInRange(Large - 1024, NewsPageTextOptions.DefaultMaxInputLength, shape.ToString());
            NewsPageText.ParseWithDiagnostics(input).Success.Should().BeTrue(shape.ToString());
        }
    }

    /// <summary>
    /// Asserts that the parse's allocation grows with the size about as the input does, and that its time grows no
    /// faster than a linear baseline's (splitting the same input into lines) timed in the same run: the baseline meets
    /// the same caches, page faults and machine load, so the ratio of the two ratios is about 1 when the parse is linear
    /// and about 4 when it is quadratic.
    /// </summary>
    private void AssertLinear(AdversarialShape shape, Func<object> parseSmall, Func<object> parseLarge, Func<object> baselineSmall, Func<object> baselineLarge)
    {
        // Warm-up: JIT, the label catalog, and pooled buffers of both sizes.
        Func<object>[] all = [parseSmall, parseLarge, baselineSmall, baselineLarge];
        foreach (var run in all)
        {
            GC.KeepAlive(run());
        }

        var allocated = Array.ConvertAll(all, Allocated);
        var fastest = new long[all.Length];
        Array.Fill(fastest, long.MaxValue);
        double parseRatio, baselineRatio, timeRatio;
        var attempt = 0;
        do
        {
            // In turns, so that a busy spell of the machine slows every measurement alike. A machine busy enough to skew
            // one round gets more rounds (the fastest of all counts): a quadratic parse stays about 4 however many it gets.
            for (var i = 0; i < TimedRuns; i++)
            {
                for (var j = 0; j < all.Length; j++)
                {
                    fastest[j] = Math.Min(fastest[j], Ticks(all[j], allocated[j]));
                }
            }

            parseRatio = (double)fastest[1] / Math.Max(fastest[0], 1);
            baselineRatio = (double)fastest[3] / Math.Max(fastest[2], 1);
            timeRatio = parseRatio / baselineRatio;
        }
        while (timeRatio > MaxTimeGrowthOverBaseline && ++attempt < MaxRounds);

        var allocationRatio = (double)allocated[1] / Math.Max(allocated[0], 1);
        var measured = string.Create(
            CultureInfo.InvariantCulture,
            $"{shape}: allocated {allocated[0]:N0} B at 1 MiB, {allocated[1]:N0} B at 4 MiB (x{allocationRatio:F2}); fastest parse {Milliseconds(fastest[0])} and {Milliseconds(fastest[1])} (x{parseRatio:F2}), baseline {Milliseconds(fastest[2])} and {Milliseconds(fastest[3])} (x{baselineRatio:F2}): time grows x{timeRatio:F2} faster than the baseline's");
        output.WriteLine(measured);
        allocated[1].Should().BeLessThanOrEqualTo((long)(MaxAllocationRatio * allocated[0]) + AllocationSlack, measured);
        timeRatio.Should().BeLessThanOrEqualTo(MaxTimeGrowthOverBaseline, measured);

        static string Milliseconds(long ticks) => string.Create(CultureInfo.InvariantCulture, $"{TimeSpan.FromTicks(ticks).TotalMilliseconds:F1} ms");
    }

    private static long Allocated(Func<object> parse)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = parse();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.KeepAlive(result);
        return allocated;
    }

    // Timed without collections (whose cost depends on the heap's history, not on the parse): the garbage collector is
    // held off for the run, with room for what the parse allocates.
    private static long Ticks(Func<object> parse, long allocates)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        bool noCollections;
        try
        {
            noCollections = GC.TryStartNoGCRegion(allocates + NoGCMargin);
        }
        catch (ArgumentOutOfRangeException)
        {
            // More than the runtime can hold off for: timed with collections.
            noCollections = false;
        }

        try
        {
            var stopwatch = Stopwatch.StartNew();
            var result = parse();
            stopwatch.Stop();
            GC.KeepAlive(result);
            return stopwatch.Elapsed.Ticks;
        }
        finally
        {
            if (noCollections && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }
    }
}

/// <summary>Timing tests run alone, after the parallel ones: other tests would share the cores with them.</summary>
[CollectionDefinition(nameof(PageTextLinearityTests), DisableParallelization = true)]
public sealed class PageTextLinearityTestsDefinition;
