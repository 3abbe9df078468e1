using Relais.Cli.Analyze;

namespace Relais.Cli.Tests.Analyze;

public sealed class OrderedParallelTests
{
    [Fact]
    public void Map_UnevenWork_ResultsInInputOrder()
    {
        var items = Enumerable.Range(0, 200).ToList();

        var results = OrderedParallel.Map(items, i =>
        {
            Thread.SpinWait((200 - i) * 1000);
            return i * 2;
        }, window: 8).ToList();

        Assert.Equal(items.Select(i => i * 2), results);
    }

    [Fact]
    public void Map_LongInput_AtMostTheWindowInFlight()
    {
        var inFlight = 0;
        var peak = 0;
        var produced = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 500; i++)
            {
                produced++;
                yield return i;
            }
        }

        var consumed = 0;
        foreach (var _ in OrderedParallel.Map(Source(), i =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref peak, now);
            Thread.SpinWait(2000);
            Interlocked.Decrement(ref inFlight);
            return i;
        }, window: 4))
        {
            consumed++;
            Assert.True(produced - consumed <= 4, $"read ahead {produced - consumed}");
        }

        Assert.Equal(500, consumed);
        Assert.InRange(peak, 1, 4);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
